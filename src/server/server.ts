// The HTTP API (Fastify): zod validation through fastify-type-provider-zod, an OpenAPI 3
// document at GET /openapi.json, bearer-token authentication for everything under /api/v1, and
// domain errors mapped to HTTP in one place (errors.ts).

import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authenticate, type Caller } from './auth.ts';
import { API_PREFIX, type ServerDeps, type ServerOptions } from './deps.ts';
import { errorHandler, notFoundHandler } from './errors.ts';
import { API_ROUTES } from './routes.ts';
import { validatorCompiler } from './validation.ts';

export function buildServer(deps: ServerDeps, options: ServerOptions = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  app.decorateRequest('caller', null as unknown as Caller);

  app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Gongkai 政府信息公开接口',
        version: '1.0.0',
        description:
          '依申请公开的登记与办理、告知书、表三统计、到期清单、工作日计算；登记簿与表二、表四；年度报告的' +
          '生成、修改、核查、发布与更正。认证：Authorization: Bearer <访问令牌>' +
          '（令牌配置见 src/server/README.md）。错误一律为 { error: { code, message } }，message 为中文说明。',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.register(
    async (api) => {
      api.addHook('onRequest', authenticate(deps.auth));
      for (const routes of [...API_ROUTES, ...(options.routes ?? [])]) api.register(routes, { deps });
    },
    { prefix: API_PREFIX },
  );
  return app;
}
