import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../store/test-databases.ts';
import { AGENCY, as, OTHER_AGENCY, registerBody, type TestApi, testApi } from './test-kit.ts';

describeEachDatabase('overview and calendar API', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi(store());
    const register = (body: object, role: 'clerk' | 'otherClerk') =>
      api.app.inject({ method: 'POST', url: '/api/v1/applications', headers: as(role), payload: body });
    // Received 2025-06-02: due 2025-06-30 (today); 2025-06-25: due 2025-07-23.
    for (const [submittedOn, role, agency] of [
      ['2025-06-02', 'clerk', AGENCY],
      ['2025-06-25', 'clerk', AGENCY],
      ['2025-06-02', 'otherClerk', OTHER_AGENCY],
    ] as const) {
      const response = await register(
        registerBody({ agency, receipt: { channel: 'inPerson', submittedOn } }),
        role,
      );
      expect(response.statusCode, response.body).toBe(201);
    }
  });
  afterAll(() => api.app.close());

  const get = (url: string, role: Parameters<typeof as>[0] = 'clerk') =>
    api.app.inject({ url, headers: as(role) });

  it('lists what is due on a day, limited to the caller agencies, by clerk on request', async () => {
    const today = (await get('/api/v1/due')).json();
    expect(today.date).toBe('2025-06-30');
    expect(today.entries).toHaveLength(1);
    expect(today.entries[0]).toMatchObject({ agency: AGENCY, status: 'dueToday', clerk: 'clerk-zhang' });
    const later = (await get('/api/v1/due?date=2025-07-01', 'supervisor')).json();
    expect(later.entries.map((e: { status: string }) => e.status)).toEqual(['overdue', 'overdue']);
    expect(
      (await get('/api/v1/due?date=2025-07-01&clerk=clerk-li', 'supervisor')).json().entries,
    ).toHaveLength(1);
    expect((await get(`/api/v1/due?agency=${OTHER_AGENCY}`)).statusCode).toBe(403);
    const unknownYear = await get('/api/v1/due?date=2031-01-02');
    expect(unknownYear.statusCode).toBe(422);
    expect(unknownYear.json().error.code).toBe('calendar.unknown-year');
  });

  it('counts table 3 for the caller agency, asking which one when there are several', async () => {
    const mine = (await get('/api/v1/table3?year=2025')).json();
    expect(mine.agency).toBe(AGENCY);
    expect(mine.table.received).toMatchObject({ naturalPerson: 2, total: 2 });
    expect(mine.table.carriedForward.total).toBe(2);
    const several = await get('/api/v1/table3?year=2025', 'supervisor');
    expect(several.statusCode).toBe(400);
    expect(several.json().error.message).toMatch(
      /^请用 agency 参数指定机关：agency-a（甲县医疗保障局）、agency-b/,
    );
    expect((await get(`/api/v1/table3?year=2025&agency=${OTHER_AGENCY}`)).statusCode).toBe(403);
    expect((await get('/api/v1/table3?year=2025&agency=nowhere', 'supervisor')).statusCode).toBe(404);
    const badYear = await get('/api/v1/table3?year=1999');
    expect(badYear.json().error.fields).toEqual([{ field: 'year', message: '年度：不能小于2019' }]);
  });

  it('tells working days and adds them (次日起算), refusing years without data', async () => {
    const holiday = (await get('/api/v1/calendar/workday/2025-10-01', 'reader')).json();
    expect(holiday).toMatchObject({ working: false, kind: 'holiday', holidayName: '国庆节' });
    const adjusted = (await get('/api/v1/calendar/workday/2025-09-28', 'reader')).json();
    expect(adjusted).toMatchObject({ working: true, kind: 'adjusted-workday' });
    const added = (await get('/api/v1/calendar/add?date=2025-09-30&n=1', 'reader')).json();
    expect(added.result).toBe('2025-10-09');
    expect(added.steps.filter((s: { counted: boolean }) => !s.counted)).toHaveLength(8);
    expect((await get('/api/v1/calendar/workday/2031-01-01')).statusCode).toBe(422);
    const bad = await get('/api/v1/calendar/add?date=2025-02-30&n=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['date', 'n']);
  });
});
