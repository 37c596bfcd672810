// Branded identifiers. The store generates them; the core only carries them, so that an
// agency id can never be passed where an application id is expected.

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** One disclosure application (一件政府信息公开申请). */
export type ApplicationId = Brand<string, 'ApplicationId'>;
/** The agency that received the application; one installation serves several agencies. */
export type AgencyId = Brand<string, 'AgencyId'>;
/** A member of staff (or the system) who recorded or approved a step. */
export type ActorId = Brand<string, 'ActorId'>;
/** One consultation of a third party or co-producing agency within an application. */
export type ConsultationId = Brand<string, 'ConsultationId'>;

function nonEmpty(kind: string, value: string): string {
  if (value.trim() === '') throw new TypeError(`${kind} must not be empty`);
  return value;
}

export const applicationId = (value: string): ApplicationId =>
  nonEmpty('ApplicationId', value) as ApplicationId;
export const agencyId = (value: string): AgencyId => nonEmpty('AgencyId', value) as AgencyId;
export const actorId = (value: string): ActorId => nonEmpty('ActorId', value) as ActorId;
export const consultationId = (value: string): ConsultationId =>
  nonEmpty('ConsultationId', value) as ConsultationId;
