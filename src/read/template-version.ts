// The template version a report's tables follow (2019 or 2021): by their labels first, by the
// reporting year otherwise.
import type { TemplateVersion } from '../report/template.ts';
import type { FlatDoc } from './flat-doc.ts';

const MARKERS_2019 = [
  '上一年项目数量',
  '本年新制作数量',
  '对外公开总数量',
  '其他对外管理服务事项',
  '本年新公开数量',
];
const MARKERS_2021 = ['本年制发件数', '现行有效件数', '逾期不补正', '不补正', '缴纳费用'];

// The markers by their first character, to find them all in one scan of the text; a small filter
// on the character code skips the others quickly.
const MARKER_STARTS = new Map<number, string[]>();
const MAY_START = new Uint8Array(1024);
for (const m of [...MARKERS_2019, ...MARKERS_2021]) {
  const c = m.charCodeAt(0);
  MARKER_STARTS.set(c, [...(MARKER_STARTS.get(c) ?? []), m]);
  MAY_START[c & 1023] = 1;
}

/** The template markers the text contains. */
function markersIn(c: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if (MAY_START[code & 1023] === 0) continue;
    const starting = MARKER_STARTS.get(code);
    if (starting) for (const m of starting) if (c.startsWith(m, i)) found.add(m);
  }
  return found;
}

/** The template the tables follow: by their labels first, by the reporting year otherwise. */
export function detectTemplate(doc: FlatDoc, year: number | null): { version: TemplateVersion; how: string } {
  const found = markersIn(doc.compact);
  const has2019 = MARKERS_2019.filter((m) => found.has(m)).length;
  const has2021 = MARKERS_2021.filter((m) => found.has(m)).length;
  if (has2019 > has2021) return { version: '2019', how: '表格标签（2019年模板）' };
  if (has2021 > has2019) return { version: '2021', how: '表格标签（2021年模板）' };
  if (year !== null && year <= 2020) return { version: '2019', how: '报告年度' };
  return { version: '2021', how: year === null ? '默认' : '报告年度' };
}
