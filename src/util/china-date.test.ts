import { describe, expect, it } from 'vitest';
import { chinaDate, chinaToday } from './china-date.ts';

describe('the calendar date in China (Asia/Shanghai)', () => {
  it('is the next day from 16:00 UTC on', () => {
    expect(chinaToday(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
    expect(chinaToday(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
    expect(chinaToday(new Date('2026-11-24T22:15:24.142Z'))).toBe('2026-11-25');
  });

  it('reads a stored timestamp', () => {
    expect(chinaDate('2026-12-31T16:30:00.000Z')).toBe('2027-01-01');
    expect(chinaDate('2027-01-01T00:30:00+08:00')).toBe('2027-01-01');
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(chinaToday(new Date('2026-11-24T22:15:24Z'))).toBe('2026-11-25');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('refuses a value that is no time', () => {
    expect(() => chinaDate('yesterday')).toThrow(RangeError);
  });
});
