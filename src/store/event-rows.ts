// An event of the core <-> a row of application_events. type, at and actor are columns (for
// queries and the audit trail); the rest of the event is the JSON payload.

import type { Insertable, Selectable } from 'kysely';
import type { ApplicationEvent } from '../cases/index.ts';
import { decodeJson } from './dialect.ts';
import type { ApplicationEventTable } from './schema.ts';

export type EventRow = Pick<Selectable<ApplicationEventTable>, 'type' | 'at' | 'actor' | 'payload'>;

export function toEventRow(
  applicationId: string,
  seq: number,
  event: ApplicationEvent,
  recordedAt: string,
): Insertable<ApplicationEventTable> {
  const { type, at, actor, ...payload } = event;
  return {
    application_id: applicationId,
    seq,
    type,
    at,
    actor,
    payload: JSON.stringify(payload),
    recorded_at: recordedAt,
  };
}

export function fromEventRow(row: EventRow): ApplicationEvent {
  return { type: row.type, at: row.at, actor: row.actor, ...decodeJson(row.payload) } as ApplicationEvent;
}
