// The working-day calendar: is a day a working day, and what date is N working days after
// another (次日起算; the result is always a working day). A year without holiday data is a 422.

import { z } from 'zod';
import { isoDate } from './application.schemas.ts';
import type { ApiRoutes } from './deps.ts';
import { ERROR_RESPONSES } from './errors.ts';

const tags = ['工作日'];

const DayInfoOut = z
  .object({
    date: z.string(),
    weekday: z.string(),
    working: z.boolean(),
    kind: z.enum(['weekday', 'weekend', 'holiday', 'adjusted-workday']),
    holidayName: z.string().optional(),
    label: z.string(),
  })
  .meta({ id: 'DayInfo' });

const AddQuery = z.object({
  date: isoDate('起算事件的日期'),
  n: z.coerce.number().int().min(1).max(366).describe('工作日数'),
});

const AddOut = z
  .object({
    from: z.string(),
    days: z.number(),
    result: z.string().describe('第 n 个工作日（期限届满日）'),
    steps: z.array(DayInfoOut.extend({ counted: z.boolean(), ordinal: z.number().optional() })),
    rule: z.string(),
  })
  .meta({ id: 'WorkingDaysExplanation' });

export const calendarRoutes: ApiRoutes = async (app, { deps }) => {
  const { calendar } = deps;

  app.get(
    '/calendar/workday/:date',
    {
      schema: {
        tags,
        summary: '某日是否为工作日（节假日、调休）',
        params: z.object({ date: isoDate('日期') }),
        response: { 200: DayInfoOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => calendar.dayInfo(request.params.date),
  );

  app.get(
    '/calendar/add',
    {
      schema: {
        tags,
        summary: '某日之后第 n 个工作日（次日起算），附逐日计算',
        querystring: AddQuery,
        response: { 200: AddOut, ...ERROR_RESPONSES },
      },
    },
    async (request) => calendar.explainAddWorkingDays(request.query.date, request.query.n),
  );
};
