import { beforeAll, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/index.ts';
import { actorId, agencyId, applicationId, type Plan, runPlan } from '../cases/index.ts';
import { calendar, request } from '../cases/test-kit.ts';
import { ApplicationService } from './application.service.ts';
import { replayLog } from './demo-seed.ts';
import { historyCsv, historyText } from './history-export.ts';
import { storeServices } from './services.ts';
import { describeEachDatabase } from './test-databases.ts';

const ctx = { clock: { today: () => '2026-11-01' as IsoDate }, calendar };
const agency = agencyId('history-agency');
const id = applicationId('h-1');
const IDENTITY = '41072619850612341X';
const plan: Plan = {
  id,
  agency,
  applicant: {
    type: 'naturalPerson',
    name: '李四',
    identity: { kind: 'residentIdCard', number: IDENTITY },
    contact: { phone: '13912345678', address: '河南省新乡市延津县人民路8号' },
  },
  channel: 'inPerson',
  receiptDate: '2025-03-03' as IsoDate,
  request,
  supplement: { after: 2, answer: 'supplied', answerAfter: 4 },
  extension: { after: 15, days: 10 },
  end: { after: 5, kind: 'reply', disposition: 'partiallyGranted' },
  deliverAfter: 1,
};

describeEachDatabase('audit trail of an application', (store) => {
  const log = runPlan(plan, calendar, '2025-12-31' as IsoDate, actorId('clerk-wang')).log;
  beforeAll(async () => {
    const { applications } = storeServices(store(), ctx);
    await applications.addAgency(agency, '历史测试机关', '2025-01-01T00:00:00Z');
    let today = '' as IsoDate;
    const service = new ApplicationService(applications, { clock: { today: () => today }, calendar });
    await replayLog(service, log, (at) => (today = at));
  });

  it('has one entry per event, each with the state before and after it', async () => {
    const entries = await storeServices(store(), ctx).history.of(id);
    expect(entries?.map((e) => e.type)).toEqual(log.map((e) => e.type));
    expect(entries?.[0]?.before).toBeNull();
    for (const [i, e] of (entries ?? []).entries()) {
      if (i > 0) expect(e.before).toEqual(entries?.[i - 1]?.after);
    }
    expect(entries?.find((e) => e.type === 'supplementRequested')?.after).toMatchObject({
      stage: 'awaitingSupplement',
      dueDate: null,
    });
    const extended = entries?.find((e) => e.type === 'extended');
    expect(extended?.after.dueDate).toBe(calendar.addWorkingDays(extended?.before?.dueDate as IsoDate, 10));
    expect(entries?.at(-2)?.after).toMatchObject({ stage: 'closed', disposition: 'partiallyGranted' });
    for (const e of entries ?? []) expect(e.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('exports masked unless personal data is allowed', async () => {
    const entries = (await storeServices(store(), ctx).history.of(id)) ?? [];
    const masked = historyCsv(entries);
    expect(masked.startsWith('\uFEFF序号,办理步骤')).toBe(true);
    expect(masked).not.toContain(IDENTITY);
    expect(masked).not.toContain('13912345678');
    expect(masked).toContain('410***********341X');
    expect(historyCsv(entries, { personalData: true })).toContain(IDENTITY);
    expect(historyText(id, entries)).toContain('发出补正告知');
  });

  it('is undefined for an unknown application', async () => {
    expect(await storeServices(store(), ctx).history.of('nope')).toBeUndefined();
  });
});
