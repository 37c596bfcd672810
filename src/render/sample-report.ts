// A random but consistent yearly report from a seed, for property tests and samples: every column
// of table 3 balances (一+二 = （七）+四), totals are row sums, （七） is the sum of the outcomes,
// and table 4's totals are sums. The narrative states no figure, so the checker finds no error.
import type { AnnualReport, Table3Row } from '../report/annual-report.ts';
import { blankReport } from '../report/blank-report.ts';
import { TEMPLATES, type TemplateVersion } from '../report/template.ts';
import { seededRandom } from '../util/seeded-random.ts';

const AGENCIES = ['示例县医疗保障局', '示范区卫生健康委员会', '某某市生态环境局', '某某区人民政府办公室'];

const NARRATIVE: Record<string, string> = {
  一: '（一）主动公开：\n本机关认真贯彻落实《中华人民共和国政府信息公开条例》，及时准确公开政府信息。\n（二）依申请公开：\n严格依法办理政府信息公开申请，规范答复格式。',
  二: '本机关按照条例第二十条的要求主动公开政府信息。',
  五: '（一）存在的主要问题：公开内容的及时性有待提高。（二）改进情况：加强培训，完善审核机制。',
  六: '本年度本机关未收取信息处理费。',
};

export function sampleReport(seed: number, version: TemplateVersion = '2021'): AnnualReport {
  const rand = seededRandom(seed);
  const int = (max: number) => (rand() < 0.5 ? 0 : Math.floor(rand() * (max + 1)));
  const t = TEMPLATES[version];
  const year = version === '2019' ? 2019 + Math.floor(rand() * 2) : 2021 + Math.floor(rand() * 4);
  const report = blankReport(version, year, AGENCIES[Math.floor(rand() * AGENCIES.length)]!);
  const applicants = t.table3Columns.filter((c) => c.key !== 'total').map((c) => c.key);
  for (const col of applicants) {
    let handled = 0;
    for (const row of t.outcomeRowKeys) {
      const v = int(col === 'naturalPerson' ? 60 : 8);
      report.table3[row]![col] = v;
      handled += v;
    }
    const forward = int(10);
    const over = Math.min(int(10), handled + forward);
    report.table3.totalHandled![col] = handled;
    report.table3.carriedForward![col] = forward;
    report.table3.carriedOver![col] = over;
    report.table3.received![col] = handled + forward - over;
  }
  for (const row of Object.values(report.table3) as Table3Row[]) {
    row.total = applicants.reduce((s, c) => s + (row[c] ?? 0), 0);
  }
  for (const g of t.table4Groups) {
    const row = report.table4[g.key];
    row.upheld = int(5);
    row.corrected = int(3);
    row.other = int(3);
    row.pending = int(3);
    row.total = row.upheld + row.corrected + row.other + row.pending;
  }
  for (const r of t.table2) {
    for (const c of r.columns) {
      const value =
        c.kind === 'decimal'
          ? Math.floor(rand() * 100000) / 100
          : c.kind === 'signed'
            ? Math.floor(rand() * 21) - 10
            : c.kind === 'text'
              ? `${Math.floor(rand() * 1000) / 10}万元`
              : int(300);
      report.table2[r.key]![c.key] = value;
    }
  }
  for (const s of report.sections) s.text = NARRATIVE[s.number] ?? '';
  return report;
}
