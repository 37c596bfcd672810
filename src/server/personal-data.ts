// Who sees the applicant's personal data in full. Lists and exports (history JSON and CSV) are
// masked unless the caller's role may see personal data (privacy, supervisor): 《个人信息保护法》
// 第五十一条 (去标识化 where the purpose allows). A clerk's view of one application keeps the
// contact details needed to reach the applicant and deliver the reply, but not the identity
// number, which handling never needs after registration.

import type { FastifyRequest } from 'fastify';
import { type Applicant, type ApplicationEvent, maskApplicant } from '../cases/index.ts';
import type { Caller } from './auth.ts';

export type View = 'list' | 'detail' | 'export';

export function seesPersonalData(caller: Caller): boolean {
  return caller.role === 'privacy' || caller.role === 'supervisor';
}

export function applicantFor(caller: Caller, applicant: Applicant, view: View): Applicant {
  if (seesPersonalData(caller)) return applicant;
  const masked = maskApplicant(applicant);
  return view === 'detail' && caller.role === 'clerk' ? { ...masked, contact: applicant.contact } : masked;
}

export function eventFor(caller: Caller, event: ApplicationEvent, view: View): ApplicationEvent {
  return event.type === 'received'
    ? { ...event, applicant: applicantFor(caller, event.applicant, view) }
    : event;
}

/** Every answer that showed personal data in full is logged: who saw whose. */
export function noteDisclosure(request: FastifyRequest, applications: readonly string[]): void {
  if (!seesPersonalData(request.caller) || applications.length === 0) return;
  request.log.info(
    { actor: request.caller.actor, role: request.caller.role, applications },
    'personal data shown',
  );
}
