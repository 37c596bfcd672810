// Wiring: the repositories and services over one open store.

import type { CommandContext } from '../cases/index.ts';
import { ApplicationRepository } from './application.repository.ts';
import { ApplicationService } from './application.service.ts';
import { HistoryService } from './history.ts';
import { OverviewRepository } from './overview.repository.ts';
import { OverviewService } from './overview.service.ts';
import type { Store } from './store.ts';

export interface StoreServices {
  applications: ApplicationRepository;
  service: ApplicationService;
  overview: OverviewService;
  history: HistoryService;
}

export function storeServices(store: Store, ctx: CommandContext): StoreServices {
  const applications = new ApplicationRepository(store.db, store.dialect);
  return {
    applications,
    service: new ApplicationService(applications, ctx),
    overview: new OverviewService(new OverviewRepository(store.db), applications, ctx.calendar),
    history: new HistoryService(applications, ctx.calendar),
  };
}
