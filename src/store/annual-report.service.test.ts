import { beforeAll, expect, it } from 'vitest';
import { feeFactsFromLogs, pendingSections } from '../annual/index.ts';
import type { IsoDate } from '../calendar/index.ts';
import { type ApplicationEvent, applicationId } from '../cases/index.ts';
import { calendar } from '../cases/test-kit.ts';
import { checkReport } from '../check/index.ts';
import { AnnualReportRepository } from './annual-report.repository.ts';
import type { ReportResult, ReportVersion } from './annual-report.service.ts';
import { ApplicationService } from './application.service.ts';
import { DEMO_AGENCY, demoLogs, replayLog, seedDemo } from './demo-seed.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { storeServices } from './services.ts';
import { describeEachDatabase } from './test-databases.ts';

const ctx = { clock: { today: () => '2026-02-01' as IsoDate }, calendar };
const agency = DEMO_AGENCY.id;
const clerk = { actor: 'clerk-1' };

function okVersion(result: ReportResult): ReportVersion {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.version;
}

const errorRules = (v: ReportVersion) => checkReport(v.report).filter((f) => f.severity === 'error');
const text = (v: Pick<ReportVersion, 'report'>, n: string) =>
  v.report.sections.find((s) => s.number === n)!.text;
/** The clerk's text for a section: the draft with its placeholders written. */
const filled = (v: Pick<ReportVersion, 'report'>, n: string) =>
  text(v, n).replace(/【待填写：[^】]*】/g, '已按要求开展相关工作。');

describeEachDatabase('annual report versions', (store) => {
  const services = () => storeServices(store(), ctx);
  const reports = () => services().annualReports;

  beforeAll(async () => {
    await seedDemo(services().applications, calendar, 2025, 1);
  }, 180_000);

  it('builds the demo year from records with no error finding', async () => {
    const draft = okVersion(await reports().buildDraft(agency, 2025, clerk));
    expect(draft).toMatchObject({
      version: 1,
      state: 'draft',
      revision: 1,
      reason: null,
      createdBy: 'clerk-1',
    });
    expect(errorRules(draft)).toEqual([]);
    expect(draft.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(draft.report.agency).toBe(DEMO_AGENCY.name);
    expect(draft.report.table3).toEqual(await services().overview.table3(agency, 2025));
    // The fee statement counts the fee events in SQL as the core counts them in the logs.
    const fees = feeFactsFromLogs(demoLogs(1, 2025, calendar), { year: 2025, agency });
    expect(fees.paid).toBeGreaterThan(0);
    expect(text(draft, '六')).toContain(`共发出收费通知${fees.notices}件`);
    expect(text(draft, '六')).toContain(`（${fees.paid}件）`);
  });

  it('rebuilding without a change in the records writes nothing', async () => {
    const again = okVersion(await reports().buildDraft(agency, 2025, clerk));
    expect(again.revision).toBe(1);
  });

  it('catches an edited sentence that contradicts table 3, and refuses to publish it', async () => {
    const edited = okVersion(
      await reports().editSection(
        agency,
        2025,
        { sectionNumber: '一', text: '本年度共收到政府信息公开申请0件。' },
        { ...clerk, expectedRevision: 1 },
      ),
    );
    expect(edited.revision).toBe(2);
    expect(edited.report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'text-table-mismatch',
    ]);
    const refused = await reports().publish(agency, 2025, clerk);
    expect(refused).toMatchObject({ ok: false, code: 'errors' });
    if (refused.ok) return;
    expect(refused.reason).toMatch(/^报告有1个错误，不能发布/);
    expect(refused.findings?.[0]?.message).toContain('正文第一部分');
    expect((await reports().get(agency, 2025))?.state).toBe('draft');
  });

  it('refuses a stale edit (optimistic concurrency) and writes nothing', async () => {
    const before = await reports().get(agency, 2025);
    await expect(
      reports().editSection(
        agency,
        2025,
        { sectionNumber: '五', text: '……' },
        { ...clerk, expectedRevision: 1 },
      ),
    ).rejects.toThrow(ConflictError);
    expect(await reports().get(agency, 2025)).toEqual(before);
  });

  it('refuses to publish while placeholders are left', async () => {
    const draft = okVersion(await reports().buildDraft(agency, 2025, clerk));
    const fixed = okVersion(
      await reports().editSection(
        agency,
        2025,
        { sectionNumber: '一', text: '本年度共收到政府信息公开申请若干件。' },
        clerk,
      ),
    );
    expect(errorRules(fixed)).toEqual([]);
    expect(draft.edits.map((e) => e.sectionNumber)).toEqual(['一']);
    const refused = await reports().publish(agency, 2025, clerk);
    expect(refused).toMatchObject({ ok: false, code: 'pending' });
    if (!refused.ok) expect(refused.reason).toContain('第五部分仍有“【待填写：……】”的内容');
  });

  it('publishes the checked draft; a published version never changes', async () => {
    // The clerk writes the placeholders of the drafted texts (the drafted 一 states the figures).
    const built = await reports().assemble(agency, 2025);
    const blank = await reports().get(agency, 2025);
    for (const n of ['一', '五']) {
      await reports().editSection(agency, 2025, { sectionNumber: n, text: filled(built, n) }, clerk);
    }
    const draft = (await reports().get(agency, 2025))!;
    expect(pendingSections(draft.report.sections)).toEqual([]);
    expect(draft.revision).toBe(blank!.revision + 2);
    // Rebuilding keeps the clerk's texts.
    expect(text(okVersion(await reports().buildDraft(agency, 2025, clerk)), '五')).toBe(filled(built, '五'));

    const published = okVersion(
      await reports().publish(agency, 2025, { actor: 'head-1', expectedRevision: draft.revision }),
    );
    expect(published).toMatchObject({ version: 1, state: 'published', publishedBy: 'head-1' });
    expect(published.report).toEqual(draft.report);

    const repo = new AnnualReportRepository(store().db, store().dialect);
    const stored = (await repo.get(agency, 2025, 1))!.content;
    const edit = await reports().editSection(agency, 2025, { sectionNumber: '五', text: '改了' }, clerk);
    expect(edit).toMatchObject({ ok: false, code: 'published' });
    if (!edit.ok) expect(edit.reason).toContain('已发布的报告不能修改；如需更正，请创建更正版本并说明理由');
    expect(await reports().buildDraft(agency, 2025, clerk)).toMatchObject({ ok: false, code: 'published' });
    expect(await reports().publish(agency, 2025, clerk)).toMatchObject({ ok: false, code: 'published' });
    expect((await repo.get(agency, 2025, 1))!.content).toBe(stored);
  });

  it('a correction is a new version with its reason; both stay retrievable', async () => {
    expect(await reports().newVersion(agency, 2025, '  ', clerk)).toMatchObject({
      ok: false,
      code: 'noReason',
    });
    const v1 = (await reports().get(agency, 2025, 1))!;
    const v2 = okVersion(await reports().newVersion(agency, 2025, '表三“重复申请”一行数字有误', clerk));
    expect(v2).toMatchObject({
      version: 2,
      state: 'draft',
      reason: '表三“重复申请”一行数字有误',
      revision: 1,
    });
    expect(v2.edits).toEqual(v1.edits); // the clerk's texts carry over
    expect(await reports().newVersion(agency, 2025, '再次更正', clerk)).toMatchObject({
      ok: false,
      code: 'draftExists',
    });
    const versions = await reports().versions(agency, 2025);
    expect(versions.map((v) => [v.version, v.state])).toEqual([
      [1, 'published'],
      [2, 'draft'],
    ]);
    expect(versions[0]).toEqual(v1);
    expect(await reports().get(agency, 2025)).toEqual(v2);
  });

  it('records changed since the draft: publishing rebuilds it and asks for a review', async () => {
    // A late application of 2025 registered after the correction's draft was built.
    const [log] = demoLogs(9, 2025, calendar);
    const late = renamed(log!, 'late-2025-0001');
    let today = '' as IsoDate;
    const service = new ApplicationService(services().applications, {
      clock: { today: () => today },
      calendar,
    });
    await replayLog(service, late, (at) => (today = at));

    const before = (await reports().get(agency, 2025))!;
    const refused = await reports().publish(agency, 2025, clerk);
    expect(refused).toMatchObject({ ok: false, code: 'changed' });
    const rebuilt = (await reports().get(agency, 2025))!;
    expect(rebuilt.revision).toBe(before.revision + 1);
    expect(rebuilt.report.table3.received!.total).toBe(before.report.table3.received!.total! + 1);
    // The clerk's 一 still states the old count: caught, and publishing refused until corrected.
    const received = before.report.table3.received!.total!;
    expect(new Set(errorRules(rebuilt).map((f) => f.rule))).toEqual(new Set(['text-table-mismatch']));
    expect(errorRules(rebuilt)[0]!.message).toContain(`表三本年新收为 ${received + 1}`);
    expect(await reports().publish(agency, 2025, clerk)).toMatchObject({ ok: false, code: 'errors' });
    const corrected = filled(await reports().assemble(agency, 2025), '一');
    await reports().editSection(agency, 2025, { sectionNumber: '一', text: corrected }, clerk);
    const published = okVersion(await reports().publish(agency, 2025, clerk));
    expect(published).toMatchObject({ version: 2, state: 'published', reason: '表三“重复申请”一行数字有误' });
    expect(checkReport(published.report).filter((f) => f.severity === 'error')).toEqual([]);
    expect((await reports().get(agency, 2025, 1))!.report.table3.received!.total).toBe(received);
  });

  it('a year without records is refused unless allowed', async () => {
    const refused = await reports().buildDraft(agency, 2022, clerk);
    expect(refused).toMatchObject({ ok: false, code: 'noRecords' });
    expect(await reports().versions(agency, 2022)).toEqual([]);
    const empty = okVersion(await reports().buildDraft(agency, 2022, { ...clerk, allowEmpty: true }));
    expect(text(empty, '一')).toContain('本年度未收到政府信息公开申请');
    expect(errorRules(empty)).toEqual([]);
  });

  it('nothing to edit or publish, and an unknown agency', async () => {
    expect(await reports().publish(agency, 2021, clerk)).toMatchObject({ ok: false, code: 'noDraft' });
    expect(
      await reports().editSection(agency, 2021, { sectionNumber: '五', text: 'x' }, clerk),
    ).toMatchObject({ ok: false, code: 'noDraft' });
    expect(
      await reports().editSection(agency, 2021, { sectionNumber: '九', text: 'x' }, clerk),
    ).toMatchObject({ ok: false, code: 'badSection' });
    await expect(reports().buildDraft('no-such-agency', 2025, clerk)).rejects.toThrow(NotFoundError);
  });

  it('two clerks building the same new draft at once: one version, the other rebuilds or conflicts', async () => {
    const results = await Promise.allSettled([
      reports().buildDraft(agency, 2026, clerk),
      reports().buildDraft(agency, 2026, { actor: 'clerk-2' }),
    ]);
    expect(results.some((r) => r.status === 'fulfilled' && r.value.ok)).toBe(true);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
    expect((await reports().versions(agency, 2026)).map((v) => v.version)).toEqual([1]);
  });
});

function renamed(log: ApplicationEvent[], id: string): ApplicationEvent[] {
  const [received, ...rest] = log;
  if (received?.type !== 'received') throw new Error('a log starts with its received event');
  return [{ ...received, application: applicationId(id) }, ...rest];
}
