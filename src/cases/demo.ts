// A realistic year of applications for a demo agency, produced through the same command
// functions that serve clerks (via plans, plan.ts). Pure and seeded: the same seed gives the
// same event logs. Covers every applicant type and every disposition, 补正 (supplied and
// lapsed), extensions, both kinds of consultation, fees by count and by volume (paid, reduced,
// waived, lapsed), withdrawals, and applications still open at the year's end (carried over).

import type { IsoDate, WorkingCalendar } from '../calendar/index.ts';
import { APPLICANT_COLUMN_KEYS } from '../report/template.ts';
import { seededRandom } from '../util/seeded-random.ts';
import type { Applicant, ApplicantType, Channel, DeliveryMethod, InformationForm } from './application.ts';
import { CHANNELS } from './application.ts';
import { addDays } from './dates.ts';
import { DISPOSITIONS, type Disposition } from './dispositions.ts';
import type { ApplicationEvent } from './events.ts';
import { type AgencyId, applicationId } from './ids.ts';
import { type Plan, runPlan } from './plan.ts';

export interface DemoYear {
  logs: ApplicationEvent[][];
  /** Plans that a command refused: always empty unless there is a bug. */
  refusals: string[];
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军'];
const ORGS: Record<Exclude<ApplicantType, 'naturalPerson'>, string[]> = {
  commercial: ['某某医药有限公司', '某某医疗器械有限公司', '某某信息咨询有限公司'],
  research: ['某某大学公共卫生学院', '某某卫生经济研究所'],
  publicInterest: ['某某慈善基金会', '某某患者互助协会'],
  legalService: ['某某律师事务所', '某某法律援助中心'],
  other: ['某某村民委员会', '某某行业协会'],
};
const TOPICS = [
  '医保定点医药机构名单',
  '医保基金收支情况',
  '药品集中带量采购中选结果',
  '异地就医备案办理规定',
  '医保违规处罚决定书',
];
const WEIGHTED_TYPES: ApplicantType[] = [
  'naturalPerson',
  'naturalPerson',
  'naturalPerson',
  'naturalPerson',
  'commercial',
  'legalService',
  'research',
  'publicInterest',
  'other',
];
const COMMON: Disposition[] = [
  'granted',
  'granted',
  'granted',
  'partiallyGranted',
  'unableToProvide.notHeld',
  'notProcessed.complaint',
  'withheld.processInfo',
];

function applicantOf(rng: Rng, type: ApplicantType, n: number): Applicant {
  const person = pick(rng, SURNAMES) + pick(rng, GIVEN);
  const identity =
    type === 'naturalPerson'
      ? { kind: 'residentIdCard' as const, number: `DEMO-ID-${n.toString().padStart(6, '0')}` }
      : { kind: 'unifiedSocialCreditCode' as const, number: `DEMO-USCC-${n.toString().padStart(6, '0')}` };
  const name = type === 'naturalPerson' ? person : pick(rng, ORGS[type]);
  return {
    type,
    name,
    identity,
    ...(type === 'naturalPerson' ? {} : { representative: person }),
    contact: { phone: `1380000${int(rng, 1000, 9999)}`, address: '示例县示例路1号' },
  };
}

function workingDays(calendar: WorkingCalendar, year: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = `${year}-01-01` as IsoDate; d <= `${year}-12-31`; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) days.push(d);
  }
  return days;
}

function planFor(
  rng: Rng,
  base: Omit<Plan, 'end' | 'deliverAfter'>,
  disposition: Disposition,
  i: number,
): Plan {
  const plan: Plan = {
    ...base,
    end: { after: int(rng, 3, 12), kind: 'reply', disposition },
    deliverAfter: int(rng, 0, 2),
  };
  if (disposition === 'otherHandling.noSupplement')
    plan.supplement = { after: int(rng, 1, 6), answer: 'lapse', answerAfter: 0 };
  else if (disposition === 'unableToProvide.unclearAfterSupplement' || rng() < 0.08) {
    plan.supplement = { after: int(rng, 1, 6), answer: 'supplied', answerAfter: int(rng, 1, 8) };
  }
  if (disposition === 'withheld.thirdPartyRights') {
    plan.consultation = {
      kind: 'thirdParty',
      party: '某某医药有限公司',
      after: 2,
      answer: 'objection',
      answerAfter: int(rng, 3, 14),
    };
  } else if (rng() < 0.08) {
    const kind = rng() < 0.5 ? 'thirdParty' : 'coProducer';
    plan.consultation = {
      kind,
      party: kind === 'thirdParty' ? '某某药店' : '示例县卫生健康委员会',
      after: 2,
      answer: rng() < 0.7 ? 'consent' : 'noAnswer',
      answerAfter: int(rng, 2, 14),
    };
  }
  if (rng() < 0.12) plan.extension = { after: int(rng, 1, 5), days: int(rng, 5, 20) };
  if (disposition === 'otherHandling.feeUnpaid')
    plan.fee = { after: 2, basis: 'volume', quantity: int(rng, 60, 260), outcome: 'lapse', answerAfter: 0 };
  else if ((disposition === 'granted' || disposition === 'partiallyGranted') && rng() < 0.06) {
    plan.fee = {
      after: 2,
      basis: 'volume',
      quantity: int(rng, 31, 300),
      outcome: pick(rng, ['pay', 'reduce', 'waive'] as const),
      answerAfter: int(rng, 1, 15),
    };
  }
  // The first otherHandling.other of the cycle is a withdrawal, the second a reply.
  if (disposition === 'otherHandling.other' && i < DISPOSITIONS.length)
    plan.end = { after: int(rng, 1, 5), kind: 'withdraw' };
  return plan;
}

/**
 * A year of applications for `agency`, handled up to `${year}-12-31` (applications still open
 * then are carried forward). The calendar must know `year` and the next year.
 */
export function generateDemoYear(
  seed: number,
  year: number,
  agency: AgencyId,
  calendar: WorkingCalendar,
): DemoYear {
  const rng = seededRandom(seed);
  const days = workingDays(calendar, year);
  const count = int(rng, 110, 150);
  const dates = Array.from({ length: count }, () => pick(rng, days)).sort();
  const plans = dates.map((receiptDate, i): Plan => {
    const type = i < APPLICANT_COLUMN_KEYS.length ? APPLICANT_COLUMN_KEYS[i]! : pick(rng, WEIGHTED_TYPES);
    const disposition =
      i < 2 * DISPOSITIONS.length ? DISPOSITIONS[i % DISPOSITIONS.length]! : pick(rng, COMMON);
    const forms: InformationForm[] = [pick(rng, ['paper', 'electronic'] as const)];
    const delivery: DeliveryMethod = pick(rng, ['post', 'email', 'pickup', 'online'] as const);
    const channel: Channel = pick(rng, CHANNELS);
    const base = {
      id: applicationId(`${agency}-${year}-${(i + 1).toString().padStart(4, '0')}`),
      agency,
      applicant: applicantOf(rng, type, i + 1),
      channel,
      receiptDate,
      request: { title: `${year}年${pick(rng, TOPICS)}`, forms, delivery },
    };
    return planFor(rng, base, disposition, i);
  });
  plans.push(...massApplicant(rng, agency, year, days));
  const horizon = `${year}-12-31` as IsoDate;
  const runs = plans.map((plan) => ({ plan, run: runPlan(plan, calendar, horizon) }));
  return {
    logs: runs.map((r) => r.run.log).filter((log) => log.length > 0),
    refusals: runs.flatMap((r) => (r.run.refused ? [`${r.plan.id}: ${r.run.refused}`] : [])),
  };
}

/** One company filing 14 applications in March: the 11th to 14th get count-based fee notices. */
function massApplicant(rng: Rng, agency: AgencyId, year: number, days: readonly IsoDate[]): Plan[] {
  const march = days.filter((d) => d.startsWith(`${year}-03`)).slice(0, 14);
  const applicant: Applicant = {
    type: 'commercial',
    name: '某某信息咨询有限公司',
    identity: { kind: 'unifiedSocialCreditCode', number: 'DEMO-USCC-MASS01' },
    representative: '赵磊',
    contact: { email: 'demo@example.com' },
  };
  const outcomes = ['pay', 'lapse', 'waive', 'reduce'] as const;
  return march.map((receiptDate, i) => {
    const ordinal = i + 1;
    const plan: Plan = {
      id: applicationId(`${agency}-${year}-M${ordinal.toString().padStart(3, '0')}`),
      agency,
      applicant,
      channel: 'online',
      receiptDate,
      request: {
        title: `${year}年定点医药机构第${ordinal}批检查结果`,
        forms: ['electronic'],
        delivery: 'email',
      },
      end: { after: int(rng, 3, 8), kind: 'reply', disposition: 'granted' },
      deliverAfter: 0,
    };
    if (ordinal > 10)
      plan.fee = {
        after: 1,
        basis: 'count',
        quantity: ordinal,
        outcome: outcomes[ordinal - 11]!,
        answerAfter: 5,
      };
    if (plan.fee?.outcome === 'lapse')
      plan.end = { after: 0, kind: 'reply', disposition: 'otherHandling.feeUnpaid' };
    return plan;
  });
}
