// The receipt date of an application, by channel: one rule, one place.

import { CalendarError, type IsoDate, type WorkingCalendar } from '../calendar/index.ts';
import type { ReceiptFacts } from './application.ts';

export interface ReceiptDate {
  date: IsoDate;
  /** The rule applied, in Chinese, with the article, for the record and for notices. */
  basis: string;
}

/**
 * 《政府信息公开条例》第三十一条:
 * (一) 当面提交的，以提交之日为收到申请之日；
 * (二) 以邮寄方式提交的，以行政机关签收之日为收到申请之日；以平常信函等无需签收的邮寄方式
 *      提交的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日；
 * (三) 通过互联网渠道或者政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日。
 * Oral applications (第二十九条第一款) are treated as made in person: the staff member writes
 * them down on the day the applicant states them (assumption).
 * Ordinary letters: the office must confirm 于收到申请的当日, so the confirmation day is the
 * arrival day. A confirmation recorded later is the office's delay and does not move the receipt
 * date (and the reply period) past the day the letter arrived (assumption 15, README).
 */
export function receiptDate(facts: ReceiptFacts): ReceiptDate {
  switch (facts.channel) {
    case 'inPerson':
      return {
        date: facts.submittedOn,
        basis: '当面提交，以提交之日为收到申请之日（《政府信息公开条例》第三十一条第一项）',
      };
    case 'oral':
      return {
        date: facts.submittedOn,
        basis:
          '口头提出并由工作人员代为填写，按当面提交以提出之日为收到申请之日（第二十九条第一款、第三十一条第一项）',
      };
    case 'registeredPost':
      return {
        date: facts.signedForOn,
        basis: '邮寄提交，以行政机关签收之日为收到申请之日（第三十一条第二项）',
      };
    case 'ordinaryPost':
      return facts.confirmedWithApplicantOn > facts.arrivedOn
        ? {
            date: facts.arrivedOn,
            basis: `平常信函提交，应于收到申请的当日与申请人确认（第三十一条第二项）；信函于${facts.arrivedOn}收到、${facts.confirmedWithApplicantOn}才确认，以收到信函之日为收到申请之日`,
          }
        : {
            date: facts.confirmedWithApplicantOn,
            basis: '平常信函提交，以与申请人确认之日为收到申请之日（第三十一条第二项）',
          };
    case 'online':
    case 'fax':
      return {
        date: facts.confirmedOn,
        basis: `${facts.channel === 'online' ? '通过互联网渠道' : '通过传真'}提交，以双方确认之日为收到申请之日（第三十一条第三项）`,
      };
  }
}

/** Dates the receipt facts contain, for the "not in the future" and ordering checks. */
export function receiptFactDates(facts: ReceiptFacts): IsoDate[] {
  switch (facts.channel) {
    case 'inPerson':
    case 'oral':
      return [facts.submittedOn];
    case 'registeredPost':
      return [facts.signedForOn];
    case 'ordinaryPost':
      return [facts.arrivedOn, facts.confirmedWithApplicantOn];
    case 'online':
    case 'fax':
      return [facts.submittedOn, facts.confirmedOn];
  }
}

/**
 * Online and fax: a confirmation later than this many working days after submission is pointed
 * out. 第三十一条第三项 sets no period for confirming (assumption 15, README): the receipt date
 * stays the confirmation day, but a late one postpones the reply period and deserves a look.
 */
export const CONFIRMATION_WARNING_WORKING_DAYS = 3;

/** Warnings about the receipt facts (in Chinese) that do not stop the registration. */
export function receiptWarnings(facts: ReceiptFacts, calendar: WorkingCalendar): string[] {
  if (facts.channel !== 'online' && facts.channel !== 'fax') return [];
  let days: number;
  try {
    days = calendar.workingDaysBetween(facts.submittedOn, facts.confirmedOn);
  } catch (error) {
    if (error instanceof CalendarError) return []; // a year without data: nothing to say
    throw error;
  }
  if (days <= CONFIRMATION_WARNING_WORKING_DAYS) return [];
  const via = facts.channel === 'online' ? '通过互联网渠道' : '通过传真';
  return [
    `${via}提交的申请于${facts.submittedOn}提交、${facts.confirmedOn}才双方确认，相隔${days}个工作日；收到申请之日以双方确认之日计（第三十一条第三项），答复期限随之推后，请核实确认日期并及时确认`,
  ];
}

/** A confirmation dated before the application was submitted (arrived), in Chinese; or undefined. */
export function confirmedTooEarly(facts: ReceiptFacts): string | undefined {
  if (facts.channel === 'ordinaryPost' && facts.confirmedWithApplicantOn < facts.arrivedOn) {
    return `与申请人确认日期（${facts.confirmedWithApplicantOn}）不能早于信函到达日期（${facts.arrivedOn}）：确认只能在收到信函之后（第三十一条第二项）`;
  }
  if ((facts.channel === 'online' || facts.channel === 'fax') && facts.confirmedOn < facts.submittedOn) {
    return `双方确认日期（${facts.confirmedOn}）不能早于提交日期（${facts.submittedOn}）：以双方确认之日为收到申请之日，确认只能在提交之后（第三十一条第三项）`;
  }
  return undefined;
}

/** The day-by-day explanation's line about a confirmation later than the law has it, or undefined. */
export function lateConfirmationLine(facts: ReceiptFacts, receiptDate: IsoDate): string | undefined {
  if (facts.channel === 'ordinaryPost' && facts.confirmedWithApplicantOn > receiptDate) {
    return `收到申请之日：平常信函于${facts.arrivedOn}收到，${facts.confirmedWithApplicantOn}才与申请人确认；第三十一条第二项要求于收到申请的当日确认，迟延确认不推迟收到申请之日，答复期限自${receiptDate}起算。`;
  }
  if ((facts.channel === 'online' || facts.channel === 'fax') && facts.confirmedOn > facts.submittedOn) {
    return `收到申请之日：${facts.submittedOn}提交，${facts.confirmedOn}双方确认；以双方确认之日为收到申请之日（第三十一条第三项），答复期限自${facts.confirmedOn}起算。`;
  }
  return undefined;
}
