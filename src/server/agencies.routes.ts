// The agencies served by this installation. Anyone authenticated may list them; adding one is
// for a supervisor, or a clerk whose token covers every agency (the local user in local mode).

import { z } from 'zod';
import { ApplicationIdText } from './application.schemas.ts';
import type { Caller } from './auth.ts';
import type { ApiRoutes } from './deps.ts';
import { ApiError, ERROR_RESPONSES } from './errors.ts';

const tags = ['机关'];

const Agency = z.object({ id: z.string(), name: z.string() }).meta({ id: 'Agency' });

const NewAgency = z
  .strictObject({
    id: ApplicationIdText.describe('机关编号（不含空格、斜杠、?、#、%）'),
    name: z.string().trim().min(1).max(100).describe('机关名称'),
  })
  .meta({ id: 'NewAgency' });

function requireAgencyAdmin(caller: Caller): void {
  if (caller.role === 'supervisor' || (caller.role === 'clerk' && caller.agencies === 'all')) return;
  throw new ApiError(403, 'forbidden', '只有监督人员或负责全部机关的经办人可以添加机关');
}

export const agenciesRoutes: ApiRoutes = async (app, { deps }) => {
  const { services } = deps;

  app.get(
    '/agencies',
    {
      schema: {
        tags,
        summary: '机关列表',
        response: { 200: z.object({ agencies: z.array(Agency) }), ...ERROR_RESPONSES },
      },
    },
    async () => ({ agencies: await services.applications.agencies() }),
  );

  app.post(
    '/agencies',
    { schema: { tags, summary: '添加机关', body: NewAgency, response: { 201: Agency, ...ERROR_RESPONSES } } },
    async (request, reply) => {
      requireAgencyAdmin(request.caller);
      const { id, name } = request.body;
      if (await services.applications.agencyExists(id)) {
        throw new ApiError(409, 'conflict', `机关编号“${id}”已存在`);
      }
      await services.applications.addAgency(id, name, new Date().toISOString());
      return reply.code(201).send({ id, name });
    },
  );
};
