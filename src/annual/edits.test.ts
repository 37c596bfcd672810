import { describe, expect, it } from 'vitest';
import { assembleReport } from './assemble.ts';
import { applyEdits, EditError, sectionEdit } from './edits.ts';
import { pendingSections } from './placeholder.ts';
import { demoInput } from './test-kit.ts';

const draft = assembleReport(demoInput(2025));
const errorRules = (r: typeof draft) => r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
const text = (r: typeof draft, n: string) => r.sections.find((s) => s.number === n)!.text;

describe('applyEdits', () => {
  it('catches an edited sentence that contradicts table 3', () => {
    expect(draft.table3.received!.total).toBeGreaterThan(0);
    const edited = applyEdits(draft, [{ sectionNumber: '一', text: '本年度共收到政府信息公开申请0件。' }]);
    expect(errorRules(edited)).toEqual(['text-table-mismatch']);
    expect(edited.findings[0]!.message).toContain(`表三本年新收为 ${draft.table3.received!.total}`);
  });

  it('replaces only the edited text; the tables stay as built', () => {
    const edited = applyEdits(draft, [
      { sectionNumber: '五、', text: '（一）存在的主要问题：公开不够及时。\r\n（二）改进情况：加强审核。  ' },
    ]);
    expect(text(edited, '五')).toBe('（一）存在的主要问题：公开不够及时。\n（二）改进情况：加强审核。');
    expect(text(edited, '一')).toBe(text(draft, '一'));
    expect(edited.table3).toEqual(draft.table3);
    expect(errorRules(edited)).toEqual([]);
    expect(pendingSections(draft.sections)).toEqual(['一', '五']);
    expect(pendingSections(edited.sections)).toEqual(['一']);
  });

  it('refuses a section the template does not have, in Chinese', () => {
    expect(() => applyEdits(draft, [{ sectionNumber: '七', text: '……' }])).toThrow(EditError);
    expect(() => sectionEdit('表三', '')).toThrow(/部分编号应为 一、二、三、四、五、六 之一/);
  });

  it('refuses an empty text (it would remove the placeholder and the section), in Chinese', () => {
    for (const blank of ['', '  \r\n\t', '\uFEFF\n'])
      expect(() => sectionEdit('五', blank)).toThrow(/第五部分的正文不能为空/);
    expect(() => sectionEdit('五', '')).toThrow(expect.objectContaining({ code: 'emptyText' }));
  });

  it('no edits: the draft itself', () => {
    expect(applyEdits(draft, [])).toBe(draft);
  });
});
