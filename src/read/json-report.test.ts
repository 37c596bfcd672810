import { describe, expect, it } from 'vitest';
import { assembleReport } from '../annual/index.ts';
import { demoInput } from '../annual/test-kit.ts';
import { renderJson } from '../render/index.ts';
import { reportFromJson } from './json-report.ts';
import { ReadError } from './read-error.ts';

const report = assembleReport(demoInput(2025));
const json = renderJson(report);
const info = { file: 'r.json', bytes: json.length };

describe('reportFromJson', () => {
  it('reads back what report build --format json writes: the same tables and text', () => {
    const read = reportFromJson(json, info)!;
    for (const key of ['template', 'year', 'agency', 'table2', 'table3', 'table4', 'sections'] as const)
      expect(read[key]).toEqual(report[key]);
    expect(read.findings).toEqual([]); // checked again by the caller
    expect(read.provenance.source).toEqual({ file: 'r.json', format: 'json', bytes: json.length });
  });

  it('is not concerned with text that is not JSON', () => {
    expect(reportFromJson('某县2025年政府信息公开工作年度报告', info)).toBeUndefined();
    // Crawled pages and markdown open with links or template braces: text, not broken JSON.
    expect(reportFromJson('[首页](https://www.gov.cn/) > [政务公开]\n某县2025年…', info)).toBeUndefined();
    expect(reportFromJson('{{ 站点导航 }}\n某县2025年…', info)).toBeUndefined();
  });

  it('JSON that is cut short, not an object, or of another shape: a Chinese ReadError', () => {
    expect(() => reportFromJson(json.slice(0, 200), info)).toThrow(/JSON 格式不正确.*文件可能不完整/);
    expect(() => reportFromJson('[{"year": 2025}]', info)).toThrow(ReadError);
    expect(() => reportFromJson('{"name": "x"}', info)).toThrow(/template 应为 2019 或 2021/);
  });

  it('a missing row or a text where a count belongs is an error, never a silent 0', () => {
    const value = JSON.parse(json);
    delete value.table3.received;
    value.table3.granted.total = '五';
    value.table4.reconsideration.upheld = -1;
    expect(() => reportFromJson(JSON.stringify(value), info)).toThrow(
      /table3\.received.*table3\.granted\.total.*table4\.reconsideration\.upheld/,
    );
  });
});
