// Demo registers for the demo agency: a year and the year before, deterministic for a seed.
// Varied on purpose: documents issued years ago and still in force, issued and repealed in both
// years; monthly decision counts of every category (one year of 其他对外管理服务事项 as a yearly
// total); fees with odd 分 amounts; review cases of every kind and result, some pending, some
// filed the year before and concluded in the year.
// No 规章: a county 医疗保障局 has no power to make rules (《立法法》第九十一、九十三条), so its
// rules row is honestly zero.

import {
  type AdministrativeFee,
  CASE_KINDS,
  CASE_RESULTS,
  type DecisionCount,
  type RegisterKind,
  type RegisterRecords,
  type RegulatoryDocument,
  type ReviewCase,
} from '../registers/index.ts';
import { seededRandom } from '../util/seeded-random.ts';
import type { RegisterService } from './register.service.ts';

export type DemoRegisterCounts = Record<RegisterKind, number>;

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const between = (rand: Rand, low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
const day = (year: number, month: number, d: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const TITLES = [
  '关于进一步加强医疗保障基金监管的通知',
  '关于规范定点医药机构协议管理的实施意见',
  '关于做好城乡居民基本医疗保险参保工作的通知',
  '关于调整门诊慢特病待遇保障政策的通知',
  '关于完善异地就医直接结算服务的通知',
  '关于加强医疗服务价格管理的意见',
  '关于推进医保支付方式改革的实施方案',
  '关于规范医疗救助工作的通知',
];

function demoDocuments(rand: Rand, year: number): RegulatoryDocument[] {
  const documents: RegulatoryDocument[] = [];
  // Issued from three years before to the year itself: some still in force, some repealed.
  for (let y = year - 3; y <= year; y++) {
    const n = between(rand, 2, 4);
    for (let i = 1; i <= n; i++) {
      const issuedOn = day(y, between(rand, 1, 12), between(rand, 1, 28));
      // Repealed one to three years after issue (never before it), by the end of the year at most.
      const repealYear = y + between(rand, 1, 3);
      const repealed = y < year && repealYear <= year && rand() < 0.4;
      documents.push({
        id: `GF-${y}-${String(i).padStart(3, '0')}`,
        kind: 'normativeDocument',
        title: pick(rand, TITLES),
        documentNumber: `示医保发〔${y}〕${i * 3}号`,
        issuedOn,
        ...(repealed ? { repealedOn: day(repealYear, between(rand, 1, 12), between(rand, 1, 28)) } : {}),
      });
    }
  }
  return documents;
}

const DECISIONS: readonly { category: DecisionCount['category']; range: [number, number]; source: string }[] =
  [
    { category: 'licensing', range: [0, 6], source: '县政务服务中心审批系统' },
    { category: 'penalty', range: [0, 9], source: '省行政执法信息平台' },
    { category: 'enforcement', range: [0, 2], source: '省行政执法信息平台' },
    { category: 'otherManagement', range: [5, 40], source: '医保经办业务系统' },
  ];

function demoDecisions(rand: Rand, year: number): DecisionCount[] {
  const counts: DecisionCount[] = [];
  for (const y of [year - 1, year]) {
    for (const { category, range, source } of DECISIONS) {
      // The year before, 其他对外管理服务事项 was kept as one yearly total, not by month.
      if (y === year - 1 && category === 'otherManagement') {
        counts.push({
          category,
          period: String(y),
          count: between(rand, range[0] * 12, range[1] * 12),
          source,
        });
        continue;
      }
      for (let m = 1; m <= 12; m++) {
        counts.push({ category, period: day(y, m, 1).slice(0, 7), count: between(rand, ...range), source });
      }
    }
  }
  return counts;
}

const FEE_ITEMS = ['医疗保障卡补办工本费', '医保档案查询复制费'];

function demoFees(rand: Rand, year: number): AdministrativeFee[] {
  const fees: AdministrativeFee[] = [];
  for (const y of [year - 1, year]) {
    for (const item of FEE_ITEMS) {
      for (let m = 1; m <= 12; m++) {
        if (rand() < 0.3) continue; // nothing collected that month
        fees.push({ item, period: day(y, m, 1).slice(0, 7), amountFen: between(rand, 1_000, 987_654) });
      }
    }
  }
  return fees;
}

function demoCases(rand: Rand, year: number): ReviewCase[] {
  const cases: ReviewCase[] = [];
  let n = 0;
  const add = (kind: ReviewCase['kind'], filedYear: number, concludedYear: number | undefined) => {
    n++;
    const filedMonth = between(rand, 1, concludedYear === filedYear ? 9 : 12);
    const filedOn = day(filedYear, filedMonth, between(rand, 1, 28));
    const concluded =
      concludedYear === undefined
        ? {}
        : {
            concludedOn: day(
              concludedYear,
              concludedYear === filedYear ? between(rand, filedMonth + 1, 12) : between(rand, 1, 12),
              between(rand, 1, 28),
            ),
            result: pick(rand, CASE_RESULTS),
          };
    const prefix = kind === 'reconsideration' ? 'FY' : 'SS';
    cases.push({
      id: `${prefix}-${filedYear}-${String(n).padStart(2, '0')}`,
      kind,
      filedOn,
      ...concluded,
      note: pick(rand, NOTES),
    });
  };
  for (const kind of CASE_KINDS) {
    add(kind, year - 1, year - 1); // concluded the year before: not in this year's table 4
    add(kind, year - 1, year); // filed the year before, concluded in the year
    for (let i = between(rand, 1, 3); i > 0; i--) add(kind, year, year);
    add(kind, year, undefined); // pending at the end of the year
  }
  // Every result appears at least once among cases concluded in the year.
  CASE_RESULTS.forEach((result, i) => {
    const c = cases.filter((c) => c.concludedOn?.startsWith(String(year)))[i];
    if (c) c.result = result;
  });
  return cases;
}

const NOTES = [
  '申请公开定点医药机构检查结果，答复部分公开',
  '申请公开基金使用明细，答复不予公开',
  '认为答复逾期',
  '申请公开内部会议纪要，答复不予公开',
  '对本机关不掌握相关信息的答复不服',
];

/** The demo registers of one year and the year before (pure). */
export function demoRegisters(year: number, seed: number): { [K in RegisterKind]: RegisterRecords[K][] } {
  const rand = seededRandom(seed * 7919 + year);
  return {
    documents: demoDocuments(rand, year),
    decisions: demoDecisions(rand, year),
    fees: demoFees(rand, year),
    cases: demoCases(rand, year),
  };
}

/** Stores the demo registers through the service (validated, each register all or nothing). */
export async function seedDemoRegisters(
  registers: RegisterService,
  agencyId: string,
  year: number,
  seed: number,
): Promise<DemoRegisterCounts> {
  const demo = demoRegisters(year, seed);
  const counts = {} as DemoRegisterCounts;
  for (const kind of Object.keys(demo) as RegisterKind[]) {
    const result = await registers.addRecords(agencyId, kind, demo[kind]);
    if ('errors' in result) throw new Error(`demo ${kind} refused: ${JSON.stringify(result.errors)}`);
    counts[kind] = result.imported;
  }
  return counts;
}
