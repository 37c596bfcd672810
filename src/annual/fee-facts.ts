// The fee facts of a year from fee events (pure): what the store counts, and what tests count
// from event logs. An event counts in the year it happened.

import type { ApplicationEvent } from '../cases/index.ts';
import { type FeeFacts, NO_FEES } from './facts.ts';

/** Facts of `year` from events of one agency's applications (other events are ignored). */
export function feeFacts(events: Iterable<ApplicationEvent>, year: number): FeeFacts {
  const facts = { ...NO_FEES };
  for (const event of events) {
    if (!event.at.startsWith(`${year}-`)) continue;
    if (event.type === 'feeNoticeIssued') facts.notices += 1;
    else if (event.type === 'feeReduced') facts.reduced += 1;
    else if (event.type === 'feeWaived') facts.waived += 1;
    else if (event.type === 'feePaid') {
      facts.paid += 1;
      facts.collectedFen += event.amountFen;
    }
  }
  return facts;
}

/** Facts of `year` from whole event logs, of one agency when given. */
export function feeFactsFromLogs(
  logs: readonly (readonly ApplicationEvent[])[],
  { year, agency }: { year: number; agency?: string },
): FeeFacts {
  const ofAgency = logs.filter((log) => {
    const first = log[0];
    return agency === undefined || (first?.type === 'received' && first.agency === agency);
  });
  return feeFacts(ofAgency.flat(), year);
}
