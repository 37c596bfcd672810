// The demo's next year: every application still open at the end of `year` is handled to its end
// early in the following year, through the core's commands (pure; no store). That gives a second
// year whose table 3 starts from the first year's carry-over.

import type { IsoDate, WorkingCalendar } from '../calendar/index.ts';
import {
  type ApplicationEvent,
  applicationState,
  type CommandResult,
  deliver,
  endConsultation,
  fixedClock,
  lapseFee,
  lapseSupplement,
  payFee,
  receiveSupplement,
  reply,
} from '../cases/index.ts';

/** The log of an application open at the end of `year`, continued until closed (others unchanged). */
export function continueIntoNextYear(
  log: readonly ApplicationEvent[],
  calendar: WorkingCalendar,
  year: number,
  /** Working days into the next year at which it is handled (spreads the work over January). */
  after: number,
): ApplicationEvent[] {
  const out = [...log];
  if (applicationState(out).closure) return out;
  const at = calendar.addWorkingDays(`${year}-12-31` as IsoDate, after);
  const ctx = { clock: fixedClock(at), calendar };
  const actor = applicationState(out).registeredBy;
  const take = (result: CommandResult) => {
    if (!result.ok) throw new Error(`carry-over of ${applicationState(out).id} refused: ${result.reason}`);
    out.push(...result.events);
  };
  let state = applicationState(out);
  if (state.stage === 'awaitingSupplement' && state.supplement) {
    take(
      at <= state.supplement.dueDate
        ? receiveSupplement(out, { at, actor }, ctx)
        : lapseSupplement(out, { at, actor }, ctx),
    );
  }
  for (const c of applicationState(out).consultations.filter((c) => c.endedOn === undefined)) {
    const answer = at > c.answerDue ? 'noAnswer' : 'consent';
    take(endConsultation(out, { at, actor, consultation: c.id, answer }, ctx));
  }
  state = applicationState(out);
  if (state.stage === 'awaitingFee' && state.fee) {
    const fee = state.fee;
    take(
      at <= fee.notice.payDue
        ? payFee(out, { at, actor, amountFen: fee.amountDueFen }, ctx)
        : lapseFee(out, { at, actor }, ctx),
    );
  }
  state = applicationState(out);
  if (state.closure) return out;
  const disposition = after % 4 === 3 ? 'partiallyGranted' : 'granted';
  const legalBasis = '《政府信息公开条例》第三十六条';
  take(reply(out, { at, actor, disposition, forms: state.request.forms, legalBasis }, ctx));
  take(deliver(out, { at, actor, method: state.request.delivery }, ctx));
  return out;
}
