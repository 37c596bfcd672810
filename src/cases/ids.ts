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

/**
 * An identifier that is empty or blank. It comes from user input (a request body, a command-line
 * argument) as often as from a bug, so its message is Chinese and names the field; the API
 * answers it with a 400 and the CLI with exit status 2.
 */
export class InvalidIdError extends TypeError {
  override readonly name = 'InvalidIdError';
  constructor(
    /** The kind of identifier, e.g. 'ActorId'. */
    readonly kind: string,
    /** The field, in Chinese, e.g. '批准人'. */
    readonly label: string,
  ) {
    super(`${label}不能为空`);
  }
}

function nonEmpty(kind: string, label: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidIdError(kind, label);
  return value;
}

export const applicationId = (value: string, label = '申请编号'): ApplicationId =>
  nonEmpty('ApplicationId', label, value) as ApplicationId;
export const agencyId = (value: string, label = '机关编号'): AgencyId =>
  nonEmpty('AgencyId', label, value) as AgencyId;
/** A member of staff; `label` names the field ('批准人', '经办人'). */
export const actorId = (value: string, label = '经办人'): ActorId =>
  nonEmpty('ActorId', label, value) as ActorId;
export const consultationId = (value: string, label = '征求意见编号'): ConsultationId =>
  nonEmpty('ConsultationId', label, value) as ConsultationId;
