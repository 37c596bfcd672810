// The state of an application: a fold over its event log, never stored on its own.

import type { IsoDate } from '../calendar/index.ts';
import type { Applicant, ReceiptFacts, RequestContent } from './application.ts';
import type { Disposition } from './dispositions.ts';
import type {
  ApplicationEvent,
  ConsultationAnswer,
  ConsultationKind,
  DeliveredEvent,
  ExtendedEvent,
  FeeNoticeIssuedEvent,
  RepliedEvent,
} from './events.ts';
import type { ActorId, AgencyId, ApplicationId, ConsultationId } from './ids.ts';

export interface SupplementState {
  requestedOn: IsoDate;
  items: string[];
  dueDate: IsoDate;
  receivedOn?: IsoDate;
  lapsedOn?: IsoDate;
}

export interface ConsultationState {
  id: ConsultationId;
  kind: ConsultationKind;
  party: string;
  startedOn: IsoDate;
  answerDue: IsoDate;
  endedOn?: IsoDate;
  answer?: ConsultationAnswer;
}

export interface FeeState {
  notice: FeeNoticeIssuedEvent;
  /** What is due now, after any reduction (分). */
  amountDueFen: number;
  reductions: { on: IsoDate; amountFen: number; reason: string }[];
  waivedOn?: IsoDate;
  paidOn?: IsoDate;
  lapsedOn?: IsoDate;
}

/** 第三十五条: the agency asked for the reasons of clearly excessive requests. */
export interface ExcessiveRequestState {
  requestedOn: IsoDate;
  grounds: string;
  answerDue: IsoDate;
  assessedOn?: IsoDate;
  reasonable?: boolean;
  delayedDueDate?: IsoDate;
}

export type Stage =
  /** The reply clock runs (or a consultation pauses it: see deadlines.ts). */
  | 'processing'
  /** 补正 requested, waiting for the applicant: the reply clock has not started. */
  | 'awaitingSupplement'
  /** Fee notice issued, waiting for payment: paused. */
  | 'awaitingFee'
  | 'closed';

export type ClosedBy = 'reply' | 'supplementLapse' | 'feeLapse' | 'withdrawal';

export interface Closure {
  on: IsoDate;
  by: ClosedBy;
  /** The table-3 outcome row. */
  disposition: Disposition;
}

export interface ApplicationState {
  id: ApplicationId;
  agency: AgencyId;
  applicant: Applicant;
  request: RequestContent;
  receipt: ReceiptFacts;
  receiptDate: IsoDate;
  receiptBasis: string;
  registeredBy: ActorId;
  stage: Stage;
  /** The date of the last event: a new event may not be dated before it. */
  lastEventOn: IsoDate;
  supplement?: SupplementState;
  consultations: ConsultationState[];
  extension?: ExtendedEvent;
  fee?: FeeState;
  excessive?: ExcessiveRequestState;
  reply?: RepliedEvent;
  delivery?: DeliveredEvent;
  withdrawal?: { on: IsoDate; reason: string };
  closure?: Closure;
}

/** A log that no command could have produced: a bug or a corrupted store, not user input. */
export class InvalidLogError extends Error {
  override readonly name = 'InvalidLogError';
}

export function applicationState(events: readonly ApplicationEvent[]): ApplicationState {
  const [first, ...rest] = events;
  if (first?.type !== 'received') throw new InvalidLogError('事件记录必须以“收到申请”开始');
  let state: ApplicationState = {
    id: first.application,
    agency: first.agency,
    applicant: first.applicant,
    request: first.request,
    receipt: first.receipt,
    receiptDate: first.at,
    receiptBasis: first.receiptBasis,
    registeredBy: first.actor,
    stage: 'processing',
    lastEventOn: first.at,
    consultations: [],
  };
  for (const event of rest) state = { ...apply(state, event), lastEventOn: event.at };
  return state;
}

function close(state: ApplicationState, closure: Closure): ApplicationState {
  return { ...state, stage: 'closed', closure };
}

function apply(s: ApplicationState, e: ApplicationEvent): ApplicationState {
  switch (e.type) {
    case 'received':
      throw new InvalidLogError('一件申请只能有一条“收到申请”记录');
    case 'supplementRequested':
      return {
        ...s,
        stage: 'awaitingSupplement',
        supplement: { requestedOn: e.at, items: e.items, dueDate: e.dueDate },
      };
    case 'supplementReceived':
      return { ...s, stage: 'processing', supplement: { ...need(s.supplement), receivedOn: e.at } };
    case 'supplementLapsed':
      return close(
        { ...s, supplement: { ...need(s.supplement), lapsedOn: e.at } },
        { on: e.at, by: 'supplementLapse', disposition: 'otherHandling.noSupplement' },
      );
    case 'consultationStarted':
      return {
        ...s,
        consultations: [
          ...s.consultations,
          { id: e.consultation, kind: e.kind, party: e.party, startedOn: e.at, answerDue: e.answerDue },
        ],
      };
    case 'consultationEnded':
      return {
        ...s,
        consultations: s.consultations.map((c) =>
          c.id === e.consultation ? { ...c, endedOn: e.at, answer: e.answer } : c,
        ),
      };
    case 'extended':
      return { ...s, extension: e };
    case 'feeNoticeIssued':
      return { ...s, stage: 'awaitingFee', fee: { notice: e, amountDueFen: e.amountFen, reductions: [] } };
    case 'feeReduced': {
      const fee = need(s.fee);
      const reductions = [...fee.reductions, { on: e.at, amountFen: e.amountFen, reason: e.reason }];
      return { ...s, fee: { ...fee, amountDueFen: e.amountFen, reductions } };
    }
    case 'feeWaived':
      return { ...s, stage: 'processing', fee: { ...need(s.fee), amountDueFen: 0, waivedOn: e.at } };
    case 'feePaid':
      return { ...s, stage: 'processing', fee: { ...need(s.fee), paidOn: e.at } };
    case 'feeLapsed':
      return close(
        { ...s, fee: { ...need(s.fee), lapsedOn: e.at } },
        { on: e.at, by: 'feeLapse', disposition: 'otherHandling.feeUnpaid' },
      );
    case 'reasonsRequested':
      return { ...s, excessive: { requestedOn: e.at, grounds: e.grounds, answerDue: e.answerDue } };
    case 'reasonsAssessed': {
      const delayed = e.delayedDueDate === undefined ? {} : { delayedDueDate: e.delayedDueDate };
      return {
        ...s,
        excessive: { ...need(s.excessive), assessedOn: e.at, reasonable: e.reasonable, ...delayed },
      };
    }
    case 'replied':
      return close({ ...s, reply: e }, { on: e.at, by: 'reply', disposition: e.disposition });
    case 'delivered':
      return { ...s, delivery: e };
    case 'withdrawn':
      // Assumption (README): a withdrawal is counted in table 3 as otherHandling.other.
      return close(
        { ...s, withdrawal: { on: e.at, reason: e.reason } },
        { on: e.at, by: 'withdrawal', disposition: 'otherHandling.other' },
      );
  }
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new InvalidLogError('事件顺序不合法');
  return value;
}

export function openConsultations(state: ApplicationState): ConsultationState[] {
  return state.consultations.filter((c) => c.endedOn === undefined);
}
