// Every plugin of routes of the API, mounted under /api/v1 by buildServer. A new concept adds its
// own `<concept>.routes.ts` and one line here.

import { agenciesRoutes } from './agencies.routes.ts';
import { annualReportsRoutes } from './annual-reports.routes.ts';
import { applicationsRoutes } from './applications.routes.ts';
import { calendarRoutes } from './calendar.routes.ts';
import type { ApiRoutes } from './deps.ts';
import { noticesRoutes } from './notices.routes.ts';
import { overviewRoutes } from './overview.routes.ts';
import { registersRoutes } from './registers.routes.ts';

export const API_ROUTES: readonly ApiRoutes[] = [
  agenciesRoutes,
  applicationsRoutes,
  overviewRoutes,
  calendarRoutes,
  registersRoutes,
  annualReportsRoutes,
  noticesRoutes,
];
