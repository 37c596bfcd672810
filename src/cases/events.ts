// The append-only event log of one application. Every step of the handling is an event
// (办理全过程留痕); the state is a fold over them (state.ts) and is never stored on its own.
// `at` is the date the step legally happened (not when it was typed in; the store adds
// its own recording timestamp and the before/after for the audit trail).

import type { IsoDate } from '../calendar/index.ts';
import type {
  Applicant,
  DeliveryMethod,
  InformationForm,
  ReceiptFacts,
  RequestContent,
} from './application.ts';
import type { Disposition } from './dispositions.ts';
import type { FeeBasis, FeeBreakdown } from './fees.ts';
import type { ActorId, AgencyId, ApplicationId, ConsultationId } from './ids.ts';

interface EventBase {
  at: IsoDate;
  actor: ActorId;
}

export interface ReceivedEvent extends EventBase {
  type: 'received';
  application: ApplicationId;
  agency: AgencyId;
  applicant: Applicant;
  receipt: ReceiptFacts;
  /** 第三十一条, computed by receiptDate(); equals `at`. */
  receiptBasis: string;
  request: RequestContent;
}

/** 补正告知 (第三十条): once, within 7 working days of receipt. */
export interface SupplementRequestedEvent extends EventBase {
  type: 'supplementRequested';
  /** What the applicant is to supplement (补正事项). */
  items: string[];
  /** The reasonable time set by the agency (合理的补正期限). */
  dueDate: IsoDate;
}

export interface SupplementReceivedEvent extends EventBase {
  type: 'supplementReceived';
  /** Required when the supplement arrives after the due date (正当理由). */
  lateReason?: string;
}

/** No supplement in time without good reason: treated as withdrawn (第三十条). */
export interface SupplementLapsedEvent extends EventBase {
  type: 'supplementLapsed';
}

/** 第三十二条 third party (15 working days to answer) or 第三十四条 co-producing agency. */
export type ConsultationKind = 'thirdParty' | 'coProducer';

export interface ConsultationStartedEvent extends EventBase {
  type: 'consultationStarted';
  consultation: ConsultationId;
  kind: ConsultationKind;
  /** Name of the third party or agency consulted. */
  party: string;
  /** 15 working days after the letter. */
  answerDue: IsoDate;
}

export type ConsultationAnswer = 'consent' | 'objection' | 'noAnswer';

export interface ConsultationEndedEvent extends EventBase {
  type: 'consultationEnded';
  consultation: ConsultationId;
  answer: ConsultationAnswer;
  /** The third party's reasons for an objection, or a note. */
  note?: string;
}

/** 延期答复 (第三十三条第二款): once, at most 20 working days, approved by the office's head. */
export interface ExtendedEvent extends EventBase {
  type: 'extended';
  days: number;
  approver: ActorId;
  reason: string;
}

/** 收费通知 (第四十二条, 国办函〔2020〕109号). */
export interface FeeNoticeIssuedEvent extends EventBase {
  type: 'feeNoticeIssued';
  basis: FeeBasis;
  breakdown: FeeBreakdown;
  /** Integer 分. */
  amountFen: number;
  /** The end of the payment period (20 working days after the notice). */
  payDue: IsoDate;
}

/** Hardship reduction (减收); the new amount is what is due. */
export interface FeeReducedEvent extends EventBase {
  type: 'feeReduced';
  amountFen: number;
  reason: string;
}

/** Hardship exemption (免收): nothing is due, the clock runs again. */
export interface FeeWaivedEvent extends EventBase {
  type: 'feeWaived';
  reason: string;
}

export interface FeePaidEvent extends EventBase {
  type: 'feePaid';
  amountFen: number;
}

/** Not paid in time without good reason: no longer processed (otherHandling.feeUnpaid). */
export interface FeeLapsedEvent extends EventBase {
  type: 'feeLapsed';
}

/**
 * 说明理由 (《政府信息公开条例》第三十五条): the volume or frequency of the applicant's requests
 * clearly exceeds a reasonable range, so the agency asks for the reasons.
 */
export interface ReasonsRequestedEvent extends EventBase {
  type: 'reasonsRequested';
  /** Why the requests are considered clearly excessive (counts, period). */
  grounds: string;
  /** The reasonable time set for the applicant's explanation. */
  answerDue: IsoDate;
}

/**
 * The agency's judgement of the reasons (第三十五条): not reasonable -> not processed
 * (notProcessed.massRepeated); reasonable but impossible within the period -> a reasonable
 * later reply date (延迟答复的合理期限), told to the applicant.
 */
export interface ReasonsAssessedEvent extends EventBase {
  type: 'reasonsAssessed';
  reasonable: boolean;
  /** Only when reasonable: the later reply date set by the agency. */
  delayedDueDate?: IsoDate;
  note: string;
}

/** The written reply (答复告知书), with exactly one disposition. */
export interface RepliedEvent extends EventBase {
  type: 'replied';
  disposition: Disposition;
  /** Forms in which information is provided (empty when nothing is provided). */
  forms: InformationForm[];
  /** Legal basis cited in the notice, e.g. '《政府信息公开条例》第十四条'. */
  legalBasis: string;
  note?: string;
}

export interface DeliveredEvent extends EventBase {
  type: 'delivered';
  method: DeliveryMethod;
  note?: string;
}

export interface WithdrawnEvent extends EventBase {
  type: 'withdrawn';
  reason: string;
}

export type ApplicationEvent =
  | ReceivedEvent
  | SupplementRequestedEvent
  | SupplementReceivedEvent
  | SupplementLapsedEvent
  | ConsultationStartedEvent
  | ConsultationEndedEvent
  | ExtendedEvent
  | FeeNoticeIssuedEvent
  | FeeReducedEvent
  | FeeWaivedEvent
  | FeePaidEvent
  | FeeLapsedEvent
  | ReasonsRequestedEvent
  | ReasonsAssessedEvent
  | RepliedEvent
  | DeliveredEvent
  | WithdrawnEvent;

export type ApplicationEventType = ApplicationEvent['type'];
