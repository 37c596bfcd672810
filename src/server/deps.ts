// What the server is given (nothing is read from the environment here: the serve command and
// the tests build these), and the type of a plugin of routes.

import type { FastifyServerOptions } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WorkingCalendar } from '../calendar/index.ts';
import type { Clock } from '../cases/index.ts';
import type { StoreServices } from '../store/index.ts';
import type { Auth } from './auth.ts';

/** Where the API is mounted. */
export const API_PREFIX = '/api/v1';

export interface ServerDeps {
  /** The store's services, built with the same clock and calendar as below. */
  services: StoreServices;
  calendar: WorkingCalendar;
  /** Today where the agencies are (China): the default day of the due list. */
  clock: Clock;
  auth: Auth;
  /**
   * Config.noticeDir (GONGKAI_NOTICE_DIR): the agencies' own notice templates and details
   * (src/notices/README.md), read on every notice so that a changed template applies at once.
   */
  noticeDir: string;
}

export interface ServerOptions {
  /** Fastify's logger option (pino); default off, as in tests. */
  logger?: FastifyServerOptions['logger'];
  /** Plugins of routes beyond API_ROUTES, mounted the same way (under /api/v1, authenticated). */
  routes?: readonly ApiRoutes[];
}

/**
 * A plugin of routes under /api/v1. request.caller is set (authenticated) before a handler runs;
 * errors thrown by handlers are answered by errors.ts. Add a new one to API_ROUTES (routes.ts).
 */
export type ApiRoutes = FastifyPluginAsyncZod<{ deps: ServerDeps }>;
