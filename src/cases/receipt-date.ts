// The receipt date of an application, by channel: one rule, one place.

import type { IsoDate } from '../calendar/index.ts';
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
      return {
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
