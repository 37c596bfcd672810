import { describe, expect, it } from 'vitest';
import { actorId, agencyId, applicationId, consultationId, InvalidIdError } from './ids.ts';

describe('identifiers', () => {
  it('keep their value', () => {
    expect(actorId('head-liu')).toBe('head-liu');
  });

  it('refuse a blank value with a Chinese message naming the field (a TypeError still)', () => {
    const blank = () => actorId('   ', '批准人');
    expect(blank).toThrow(InvalidIdError);
    expect(blank).toThrow(TypeError);
    expect(blank).toThrow('批准人不能为空');
    expect(() => applicationId('')).toThrow('申请编号不能为空');
    expect(() => agencyId('\t')).toThrow('机关编号不能为空');
    expect(() => consultationId(' ')).toThrow('征求意见编号不能为空');
  });
});
