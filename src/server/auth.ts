// Who is calling, and what they may do. Callers present `Authorization: Bearer <token>`; the
// tokens, each with its actor, role and agencies, come from GONGKAI_API_TOKENS (README.md). The
// actor recorded in events is always the token's, never a field of the request.
//
// Without configured tokens the server runs in local mode: it listens on loopback only (the
// serve command refuses anything else), accepts only requests addressed to a loopback host name
// (so a web page cannot reach it through DNS rebinding), and treats the caller as a clerk of
// every agency acting as the local user.

import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type ActorId, actorId } from '../cases/index.ts';
import { ConfigError } from '../config/index.ts';
import { ApiError } from './errors.ts';
import { chineseMessage } from './validation.ts';

export const ROLES = ['clerk', 'privacy', 'supervisor', 'reader'] as const;
/**
 * clerk: registers and handles the applications of its agencies; personal data masked in lists
 * and exports. privacy, supervisor: read with personal data in full (a supervisor also adds
 * agencies). reader: reads, masked.
 */
export type Role = (typeof ROLES)[number];

export interface Caller {
  actor: ActorId;
  role: Role;
  /** The agencies whose applications the caller may see (a clerk: handle); 'all' from "*". */
  agencies: readonly string[] | 'all';
}

export type Auth =
  /** Callers keyed by the SHA-256 of their token: the tokens themselves are not kept. */
  { mode: 'tokens'; callers: ReadonlyMap<string, Caller> } | { mode: 'local'; caller: Caller };

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

const TokenEntry = z.strictObject({
  token: z.string().min(16).describe('令牌'),
  actor: z.string().trim().min(1).describe('经办人'),
  role: z.enum(ROLES).describe('角色'),
  agencies: z.array(z.string().min(1)).min(1).describe('机关'),
});
const TokenList = z.array(TokenEntry).min(1).describe('令牌列表');

/** GONGKAI_API_TOKENS parsed; unset: local mode acting as `localActor`. */
export function parseApiTokens(text: string | undefined, localActor: string): Auth {
  if (text === undefined) {
    return {
      mode: 'local',
      caller: {
        actor: actorId(localActor, '本机用户名（未配置访问令牌时的经办人）'),
        role: 'clerk',
        agencies: 'all',
      },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('环境变量 GONGKAI_API_TOKENS 不是有效的 JSON（格式见 src/server/README.md）');
  }
  const parsed = TokenList.safeParse(json, { error: chineseMessage });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '整体'}：${i.message}`);
    throw new ConfigError(
      `环境变量 GONGKAI_API_TOKENS 不正确（格式见 src/server/README.md）：${problems.join('；')}`,
    );
  }
  const callers = new Map<string, Caller>();
  for (const entry of parsed.data) {
    const key = digest(entry.token);
    if (callers.has(key)) throw new ConfigError('环境变量 GONGKAI_API_TOKENS 中有重复的令牌');
    const agencies = entry.agencies.includes('*') ? 'all' : entry.agencies;
    callers.set(key, { actor: actorId(entry.actor), role: entry.role, agencies });
  }
  return { mode: 'tokens', callers };
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The onRequest hook of the API: sets request.caller or answers 401/403. */
export function authenticate(auth: Auth) {
  return async (request: FastifyRequest): Promise<void> => {
    if (auth.mode === 'local') {
      const host = request.host.replace(/:\d+$/, '');
      if (!isLoopbackHost(host)) {
        throw new ApiError(403, 'local-only', '未配置访问令牌（GONGKAI_API_TOKENS）时，接口只接受本机访问');
      }
      request.caller = auth.caller;
      return;
    }
    const token = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '')?.[1];
    const caller = token === undefined ? undefined : auth.callers.get(digest(token));
    if (!caller) {
      throw new ApiError(
        401,
        'unauthenticated',
        token === undefined
          ? '需要身份认证：请在请求头中提供 Authorization: Bearer <访问令牌>'
          : '访问令牌无效，请检查令牌或联系系统管理员',
        { 'www-authenticate': 'Bearer realm="gongkai"' },
      );
    }
    request.caller = caller;
  };
}

export function mayRead(caller: Caller, agency: string): boolean {
  return caller.agencies === 'all' || caller.agencies.includes(agency);
}

/** Throws 403 unless the caller may see the applications of `agency`. */
export function requireRead(caller: Caller, agency: string): void {
  if (!mayRead(caller, agency)) throw new ApiError(403, 'forbidden', `无权查看机关“${agency}”的申请`);
}

/** Throws 403 unless the caller is a clerk of `agency` (registers and handles its applications). */
export function requireHandle(caller: Caller, agency: string): void {
  if (caller.role !== 'clerk') {
    throw new ApiError(403, 'forbidden', `角色“${ROLE_NAMES[caller.role]}”只能查看，不能登记或办理申请`);
  }
  if (!mayRead(caller, agency)) throw new ApiError(403, 'forbidden', `无权办理机关“${agency}”的申请`);
}

/**
 * Throws 403 unless the caller has one of `roles` and covers `agency`. `what` names the act in
 * Chinese ("修改登记簿"), for the message.
 */
export function requireActing(caller: Caller, agency: string, roles: readonly Role[], what: string): void {
  if (!roles.includes(caller.role)) {
    const allowed = roles.map((r) => ROLE_NAMES[r]).join('或');
    throw new ApiError(403, 'forbidden', `角色“${ROLE_NAMES[caller.role]}”不能${what}（需要${allowed}）`);
  }
  if (!mayRead(caller, agency)) throw new ApiError(403, 'forbidden', `无权${what}：不负责机关“${agency}”`);
}

export function requireRole(caller: Caller, role: Role, what: string): void {
  if (caller.role !== role) throw new ApiError(403, 'forbidden', `只有${ROLE_NAMES[role]}可以${what}`);
}

/** The agencies a caller's lists are limited to; undefined: all. */
export function agencyScope(caller: Caller): readonly string[] | undefined {
  return caller.agencies === 'all' ? undefined : caller.agencies;
}

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  clerk: '经办人',
  privacy: '个人信息保护负责人',
  supervisor: '监督人员',
  reader: '只读用户',
};
