import { describe, expect, it } from 'vitest';
import { NoticeTemplateError } from './errors.ts';
import { FIELD_SHAPE, type NoticeFields } from './fields.ts';
import { expandTemplate, parseTemplate, templatePaths } from './template.ts';

const fields: NoticeFields = {
  ...FIELD_SHAPE,
  applicant: { name: '王芳', representative: '', isOrganisation: false, you: '您' },
  supplement: { ...FIELD_SHAPE.supplement, items: ['请明确年度', '请提供身份证明'] },
  fee: {
    ...FIELD_SHAPE.fee,
    lines: [{ band: '第31—100页', units: '70页', unitPrice: '10.00元/页', amount: '700.00元' }],
  },
};

const expand = (text: string) => expandTemplate(parseTemplate(text, 'test.md'), fields);
const failure = (text: string) => {
  try {
    parseTemplate(text, '/data/notices/agency-1/reply.granted.md');
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeTemplateError);
    return (error as Error).message;
  }
  return expect.fail('expected a template error');
};

describe('the template language', () => {
  it('replaces placeholders with the field values', () => {
    expect(expand('{{applicant.name}}：{{applicant.you}}好')).toBe('王芳：您好');
  });

  it('keeps an {{#if}} block when the value is non-empty, else the {{else}} part', () => {
    expect(expand('{{#if applicant.name}}有{{else}}无{{/if}}')).toBe('有');
    expect(expand('{{#if applicant.representative}}有{{else}}无{{/if}}')).toBe('无');
    expect(expand('{{#unless applicant.isOrganisation}}个人{{/unless}}')).toBe('个人');
    expect(expand('{{#if fee.lines}}收费{{/if}}{{#if extension.days}}延期{{/if}}')).toBe('收费');
  });

  it('repeats an {{#each}} block per item, with {{this}}, {{this.field}} and {{@number}}', () => {
    expect(expand('{{#each supplement.items}}（{{@number}}）{{this}}；{{/each}}')).toBe(
      '（1）请明确年度；（2）请提供身份证明；',
    );
    expect(expand('{{#each fee.lines}}{{this.band}}={{this.amount}}{{/each}}')).toBe('第31—100页=700.00元');
  });

  it('drops lines holding only a block tag or a comment, so blocks can wrap paragraphs', () => {
    const text = ['标题', '{{! 说明 }}', '{{#if applicant.name}}', '甲', '{{/if}}', '', '乙'].join('\n');
    expect(expand(text)).toBe('标题\n甲\n\n乙');
  });

  it('lists the field paths a template uses', () => {
    const t = parseTemplate(
      '{{#if agency.court}}{{agency.court}}{{/if}}{{#each fee.lines}}{{this.band}}{{/each}}',
      't',
    );
    expect(templatePaths(t).sort()).toEqual(['agency.court', 'fee.lines']);
  });
});

describe('template errors name the file, the line and the placeholder', () => {
  it('an unknown placeholder, with the fields of its section', () => {
    const message = failure('标题\n\n{{applicant.name}}：\n\n根据{{decision.article}}的规定');
    expect(message).toContain('/data/notices/agency-1/reply.granted.md 第5行');
    expect(message).toContain('未知的占位符 {{decision.article}}');
    expect(message).toContain('decision.basis');
  });

  it('an unknown section', () => {
    expect(failure('{{applicnt.name}}')).toMatch(
      /第1行：未知的占位符 \{\{applicnt\.name\}\}；可用的部分有：notice、agency/,
    );
  });

  it('a list or a condition printed as a value, a section used as one', () => {
    expect(failure('{{fee.lines}}')).toContain('是列表');
    expect(failure('{{applicant.isOrganisation}}')).toContain('是条件');
    expect(failure('{{agency}}')).toContain('不是单个值');
  });

  it('{{this}} outside {{#each}}, {{#each}} over a text, unbalanced blocks, a lone brace', () => {
    expect(failure('{{this}}')).toContain('只能用在 {{#each}} 块中');
    expect(failure('{{#each applicant.name}}x{{/each}}')).toContain('需要一个列表');
    expect(failure('a\n{{#if applicant.name}}\nb')).toMatch(
      /第2行：\{\{#if applicant\.name\}\} 没有对应的 \{\{\/if\}\}/,
    );
    expect(failure('{{/if}}')).toContain('前面没有对应的');
    expect(failure('{{#if applicant.name}}{{/each}}')).toContain('应以 {{/if}} 结束');
    expect(failure('{{applicant.name}')).toContain('应成对出现');
    expect(failure('{{#with applicant}}')).toContain('无法识别的标记');
    expect(failure('{{申请人}}')).toContain('写法不正确');
  });
});
