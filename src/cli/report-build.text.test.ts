import { describe, expect, it } from 'vitest';
import { dayOf } from './report-build.text.ts';

describe('the day a report version was recorded', () => {
  it('is the date in China, not in UTC (a publication at 06:15 China time is that day)', () => {
    expect(dayOf('2026-11-24T22:15:24.142Z')).toBe('2026-11-25');
    expect(dayOf('2026-11-24T08:00:00.000Z')).toBe('2026-11-24');
    expect(dayOf(null)).toBe('');
  });
});
