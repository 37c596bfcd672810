// An event of the core <-> a row of application_events. type, at and actor are columns (for
// queries and the audit trail); the rest of the event is the JSON payload. Given a cipher, the
// identity number inside a `received` payload is stored encrypted (identity-cipher.ts).

import type { Insertable, Selectable } from 'kysely';
import type { ApplicationEvent } from '../cases/index.ts';
import { decodeJson } from './dialect.ts';
import type { IdentityCipher } from './identity-cipher.ts';
import type { ApplicationEventTable } from './schema.ts';

export type EventRow = Pick<Selectable<ApplicationEventTable>, 'type' | 'at' | 'actor' | 'payload'>;

export function toEventRow(
  applicationId: string,
  seq: number,
  event: ApplicationEvent,
  recordedAt: string,
  cipher?: IdentityCipher,
): Insertable<ApplicationEventTable> {
  const { type, at, actor, ...payload } = cipher
    ? withIdentityNumber(event, (n) => cipher.encrypt(n))
    : event;
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

/** Reads rows, decrypting identity numbers with `cipher`; without one they stay as stored. */
export function eventRowReader(cipher?: IdentityCipher): (row: EventRow) => ApplicationEvent {
  if (!cipher) return fromEventRow;
  return (row) => withIdentityNumber(fromEventRow(row), (n) => cipher.decrypt(n));
}

/** The event with its identity number (only `received` carries one) transformed. */
function withIdentityNumber(event: ApplicationEvent, f: (value: string) => string): ApplicationEvent {
  if (event.type !== 'received') return event;
  const { applicant } = event;
  return {
    ...event,
    applicant: { ...applicant, identity: { ...applicant.identity, number: f(applicant.identity.number) } },
  };
}
