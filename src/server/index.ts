// Public surface of the HTTP API.
export { type Auth, type Caller, isLoopbackHost, parseApiTokens, ROLES, type Role } from './auth.ts';
export { API_PREFIX, type ApiRoutes, type ServerDeps, type ServerOptions } from './deps.ts';
export { ApiError, accepted } from './errors.ts';
export { buildServer } from './server.ts';
