// Table 3 of a year and the due list of a day, for the agencies the caller may see.

import { z } from 'zod';
import type { IsoDate } from '../calendar/index.ts';
import { chooseAgency, requireYearBegun } from './agency-choice.ts';
import { isoDate } from './application.schemas.ts';
import { agencyScope, requireRead } from './auth.ts';
import type { ApiRoutes } from './deps.ts';
import { ERROR_RESPONSES } from './errors.ts';

const tags = ['统计与提醒'];

const DueQuery = z.object({
  date: isoDate('日期（默认今天）').optional(),
  clerk: z.string().min(1).optional().describe('经办人（登记申请的人）'),
  agency: z.string().min(1).optional().describe('机关编号'),
});

const DueList = z
  .object({
    date: z.string(),
    entries: z.array(
      z.object({
        id: z.string(),
        agency: z.string(),
        applicantName: z.string(),
        clerk: z.string().describe('经办人（登记申请的人）'),
        title: z.string(),
        receiptDate: z.string(),
        status: z
          .enum(['overdue', 'dueToday', 'dueSoon', 'paused', 'calendarMissing'])
          .describe('已逾期、今日到期、即将到期、依法暂停、日历缺少年份'),
        dueDate: z.string().optional(),
        workingDaysLeft: z.number().optional(),
        reason: z.string(),
      }),
    ),
  })
  .meta({ id: 'DueList' });

const Table3Query = z.object({
  year: z.coerce.number().int().min(2019).max(2100).describe('年度'),
  agency: z.string().min(1).optional().describe('机关编号（调用者只能查看一个机关时可省略）'),
});

const Table3Out = z
  .object({
    agency: z.string(),
    year: z.number(),
    table: z.record(z.string(), z.record(z.string(), z.number().nullable())),
  })
  .meta({ id: 'Table3', description: '表三：行键、列键见 docs/template.md' });

export const overviewRoutes: ApiRoutes = async (app, { deps }) => {
  const { services, calendar, clock } = deps;

  app.get(
    '/due',
    {
      schema: {
        tags,
        summary: '到期清单：今日到期、3个工作日内到期、已逾期、依法暂停计时',
        querystring: DueQuery,
        response: { 200: DueList, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { caller, query } = request;
      const date = (query.date as IsoDate | undefined) ?? clock.today();
      calendar.isWorkingDay(date); // a year the calendar does not know is a 422, not a guess
      if (query.agency !== undefined) requireRead(caller, query.agency);
      const entries = await services.overview.dueList(
        query.agency,
        date,
        query.clerk === undefined ? {} : { clerk: query.clerk },
      );
      const scope = agencyScope(caller);
      return { date, entries: scope ? entries.filter((e) => scope.includes(e.agency)) : entries };
    },
  );

  app.get(
    '/table3',
    {
      schema: {
        tags,
        summary: '按办理记录统计某年度表三（收到和处理政府信息公开申请情况）',
        querystring: Table3Query,
        response: { 200: Table3Out, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const year = requireYearBegun(request.query.year, clock.today());
      const agency = await chooseAgency(deps, request.caller, request.query.agency);
      return { agency, year, table: await services.overview.table3(agency, year) };
    },
  );
};
