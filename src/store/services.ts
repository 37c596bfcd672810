// Wiring: the repositories and services over one open store.

import type { CommandContext } from '../cases/index.ts';
import { type AnnualReportService, annualReportService } from './annual-report.service.ts';
import { ApplicationRepository } from './application.repository.ts';
import { ApplicationService } from './application.service.ts';
import { HistoryService } from './history.ts';
import type { IdentityCipher } from './identity-cipher.ts';
import { OverviewRepository } from './overview.repository.ts';
import { OverviewService } from './overview.service.ts';
import { RegisterRepository } from './register.repository.ts';
import { RegisterService } from './register.service.ts';
import type { Store } from './store.ts';

export interface StoreServices {
  applications: ApplicationRepository;
  service: ApplicationService;
  overview: OverviewService;
  history: HistoryService;
  registers: RegisterService;
  annualReports: AnnualReportService;
}

export interface StoreOptions {
  /** Encrypts identity numbers at rest; without one they are written as given (tests, benchmarks). */
  cipher?: IdentityCipher;
}

export function storeServices(store: Store, ctx: CommandContext, options: StoreOptions = {}): StoreServices {
  const applications = new ApplicationRepository(store.db, store.dialect, options.cipher);
  const overview = new OverviewService(new OverviewRepository(store.db), applications, ctx.calendar);
  const registers = new RegisterService(new RegisterRepository(store.db, store.dialect), ctx.clock);
  return {
    applications,
    service: new ApplicationService(applications, ctx),
    overview,
    history: new HistoryService(applications, ctx.calendar),
    registers,
    annualReports: annualReportService(store, overview, registers),
  };
}
