import { describe, expect, it } from 'vitest';
import { flatten } from './flat-doc.ts';
import { readHtmlLayout } from './html-layout.ts';
import { readMeta } from './meta.ts';
import { detectTemplate } from './template-version.ts';
import { readTextLayout } from './text-layout.ts';
import { arabicYears } from './title.ts';

const meta = (text: string) => readMeta(flatten(readTextLayout(text)));
const htmlMeta = (html: string) => readMeta(flatten(readHtmlLayout(html)));
const BODY = '根据《中华人民共和国政府信息公开条例》要求，现公布本年度报告。';

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

describe('titles worded otherwise', () => {
  it('the year after the title, in brackets, over three lines too', () => {
    expect(meta(`永康市交通运输局政府信息公开工作年度报告(2023年度)\n${BODY}`)).toMatchObject({
      agency: '永康市交通运输局',
      year: 2023,
    });
    expect(
      meta(`沈阳市和平区住房和城乡建设局\n政府信息公开工作年度报告\n（2022 年度）\n${BODY}`),
    ).toMatchObject({ agency: '沈阳市和平区住房和城乡建设局', year: 2022 });
  });
  it('the year between 工作 and 报告; 关于…工作的年度报告; 政务公开', () => {
    expect(meta(`永康市交通运输局政府信息公开工作2023年度报告\n${BODY}`)).toMatchObject({
      agency: '永康市交通运输局',
      year: 2023,
    });
    expect(
      meta(`沈阳市和平区住房和城乡建设局关于 2022 年\n度政府信息公开工作的年度报告\n${BODY}`),
    ).toMatchObject({ agency: '沈阳市和平区住房和城乡建设局', year: 2022 });
    expect(meta(`绍兴市柯桥区农业农村局2023年政务公开工作年度报告\n${BODY}`)).toMatchObject({
      agency: '绍兴市柯桥区农业农村局',
      year: 2023,
    });
  });
  it('a title naming no agency, the agency alone on the line below', () => {
    const m = meta(`2022年政府信息公开工作年度报告\n杭州市西湖区北山街道办事处\n2023年1月20日\n${BODY}`);
    expect(m).toMatchObject({ agency: '杭州市西湖区北山街道办事处', year: 2022 });
    expect(meta(`2022年政府信息公开工作年度报告\n${BODY}`).agency).toBeNull();
  });
});

describe('lines glued before the title', () => {
  it('drops site chrome on the line before the title', () => {
    expect(
      htmlMeta('<div>部门文件</div><h1>永康市交通运输局2023年政府信息公开工作年度报告</h1><p>正文</p>')
        .agency,
    ).toBe('永康市交通运输局');
    expect(meta('政府信息公开年报\n福州市鼓楼区卫生健康局2021年政府信息公开工作年度报告').agency).toBe(
      '福州市鼓楼区卫生健康局',
    );
    expect(meta('永康市人民政府\n永康市交通运输局2023年政府信息公开工作年度报告').agency).toBe(
      '永康市交通运输局',
    );
  });
  it('keeps a name wrapped over two lines', () => {
    expect(meta('沈阳市和平区住房和城乡\n建设局2022年政府信息公开工作年度报告').agency).toBe(
      '沈阳市和平区住房和城乡建设局',
    );
    expect(meta('杭州市西湖区\n北山街道办事处2022年政府信息公开工作年度报告').agency).toBe(
      '杭州市西湖区北山街道办事处',
    );
  });
});

describe('links to other pages', () => {
  const period = '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。';
  it('never takes the title or year of a 上一篇/相关链接 link', () => {
    const m = meta(
      `${period}\n六、其他需要报告的事项\n无。\n【打印本页】\n上一篇：永康市交通运输局2022年政府信息公开工作年度报告\n` +
        '下一篇：永康市交通运输局关于2024年度部门预算公开的说明\n相关链接\n永康市人民政府2023年政府信息公开工作年度报告',
    );
    expect(m.titleYear).toBeUndefined();
    expect(m).toMatchObject({ agency: null, year: 2023 });
  });
  it('the page title wins over the links below it', () => {
    const m = htmlMeta(
      '<h1>永康市交通运输局政府信息公开工作年度报告（2023年度）</h1><p>正文</p>' +
        '<div>上一篇：</div><div><a>永康市交通运输局2022年政府信息公开工作年度报告</a></div>',
    );
    expect(m).toMatchObject({ agency: '永康市交通运输局', titleYear: 2023 });
  });
});
