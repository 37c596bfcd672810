import { beforeAll, expect, it } from 'vitest';
import { type IsoDate, loadYears, WorkingCalendar } from '../calendar/index.ts';
import { agencyId, applicationId, applicationState, replyDeadline } from '../cases/index.ts';
import { calendar as fullCalendar, person, request } from '../cases/test-kit.ts';
import { ApplicationService } from './application.service.ts';
import { refreshOpenDeadlines } from './deadline-refresh.ts';
import { storeServices } from './services.ts';
import { describeEachDatabase } from './test-databases.ts';

// The calendar before the 2026 holiday notice was published: it ends with 2025.
const until2025 = new WorkingCalendar(
  loadYears()
    .map((y) => y.data)
    .filter((d) => d.year <= 2025),
);
const agency = agencyId('refresh-agency');
const ctx = (calendar: WorkingCalendar) => ({ clock: { today: () => '2025-12-31' as IsoDate }, calendar });

describeEachDatabase('deadlines recomputed when a calendar year is added', (store) => {
  beforeAll(async () => {
    const { applications } = storeServices(store(), ctx(until2025));
    await applications.addAgency(agency, '日历测试机关', '2025-01-01T00:00:00Z');
    const service = new ApplicationService(applications, ctx(until2025));
    // 12-15 runs to early 2026 (unknown then); 11-03 ends within 2025.
    for (const [id, day] of [
      ['r-late', '2025-12-15'],
      ['r-early', '2025-11-03'],
    ] as const) {
      const result = await service.register({
        id: applicationId(id),
        agency,
        actor: 'clerk' as never,
        applicant: person,
        receipt: { channel: 'inPerson', submittedOn: day as IsoDate },
        request,
      });
      expect(result.ok).toBe(true);
    }
  });

  it('fills in the deadline that ran into the missing year, and leaves the others alone', async () => {
    const services = storeServices(store(), ctx(fullCalendar));
    const before = new Map((await services.applications.openApplications()).map((r) => [r.id, r.due_date]));
    expect(before.get('r-late')).toBeNull();
    expect(before.get('r-early')).not.toBeNull();

    const counts = await services.applications.counts();
    const refresh = await refreshOpenDeadlines(services.applications, fullCalendar);
    const state = applicationState((await services.applications.load('r-late'))!.events);
    const expected = replyDeadline(state, fullCalendar)?.dueDate;
    expect(expected).toMatch(/^2026-01-/);
    expect(refresh).toEqual({
      checked: 2,
      changed: [{ id: 'r-late', dueDateBefore: null, dueDateAfter: expected }],
    });
    expect(await services.applications.counts()).toEqual(counts); // no event written
    const after = await services.applications.openApplications();
    expect(after.find((r) => r.id === 'r-late')?.due_date).toBe(expected);
    expect(after.find((r) => r.id === 'r-late')?.version).toBe(1);

    expect((await refreshOpenDeadlines(services.applications, fullCalendar)).changed).toEqual([]);
  });
});
