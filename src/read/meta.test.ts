import { describe, expect, it } from 'vitest';
import { flatten } from './flat-doc.ts';
import { arabicYears, detectTemplate, readMeta } from './meta.ts';
import { readTextLayout } from './text-layout.ts';

const meta = (text: string) => readMeta(flatten(readTextLayout(text)));

describe('readMeta', () => {
  it('agency before or after the year, wrapped titles, lead-ins', () => {
    expect(meta('延津县医疗保障局2023年政府信息公开工作年度\n报告\n一、总体情况')).toMatchObject({
      agency: '延津县医疗保障局',
      year: 2023,
    });
    expect(meta('正文\n2024 年上海市科委政府信息公开工作\n年度报告')).toMatchObject({
      agency: '上海市科学技术委员会',
      year: 2024,
    });
    expect(meta('现公布磐安县医疗保障局2023年政府信息公开工作年度报告。')).toMatchObject({
      agency: '磐安县医疗保障局',
    });
  });
  it('does not take a notice cited in the text for the title', () => {
    const m = meta(
      '《吴忠市人民政府政务公开办公室关于做好 2023年度政府信息公开工作年度报告编制和发布工作的通知》要求',
    );
    expect(m.agency).toBeNull();
  });
  it('falls back to the statistics period for the year', () => {
    expect(meta('本年度报告中所列数据统计期限为2022年1月1日至12月31日。').year).toBe(2022);
  });
  it('detects the template from the table labels', () => {
    const doc = flatten(readTextLayout('信息内容 上一年项目数量 本年增/减 处理决定数量'));
    expect(detectTemplate(doc, 2023).version).toBe('2019');
  });
});

describe('years in Chinese digits', () => {
  it('reads a title whose year is written 二〇二三', () => {
    const m = meta(
      '潍坊高新技术产业开发区管理委员会二〇二三年政府信息公开工作年度报告\n一、总体情况\n本年度',
    );
    expect(m).toMatchObject({ agency: '潍坊高新技术产业开发区管理委员会', year: 2023 });
    expect(m.yearProvenance?.raw).toContain('二〇二三年');
  });
  it('converts only four-digit years before 年', () => {
    expect(arabicYears('二〇二四年度')).toBe('2024年度');
    expect(arabicYears('二零二三年')).toBe('2023年');
    expect(arabicYears('第二〇条')).toBe('第二〇条');
  });
  it('keeps the second name an organ carries in brackets', () => {
    expect(meta('越城区城市管理局（区综合行政执法局）2023年政府信息公开工作年度报告').agency).toBe(
      '越城区城市管理局（区综合行政执法局）',
    );
  });
});
