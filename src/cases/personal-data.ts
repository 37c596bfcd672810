// Personal data of applicants (identity numbers, phone numbers, addresses, e-mail) masked for
// lists and exports. 《个人信息保护法》第五十一条 asks for 去标识化 where the purpose allows: a
// list or an audit export needs to tell applications apart, not to read the numbers.

import type { Applicant } from './application.ts';
import type { ApplicationEvent } from './events.ts';

const STAR = '*';

/** 110105199001011234 -> 110***********1234: region prefix and last four kept. */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return STAR.repeat(value.length);
  return value.slice(0, 3) + STAR.repeat(value.length - 7) + value.slice(-4);
}

/** 13812345678 -> 138****5678; short numbers keep only the last two. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 2) return STAR.repeat(digits.length);
  return STAR.repeat(digits.length - 2) + digits.slice(-2);
}

/** Keeps the administrative division (up to the first 市/州/县/区/旗), masks the rest. */
export function maskAddress(value: string): string {
  const division = /^.{0,12}?[市州盟县区旗]/u.exec(value)?.[0] ?? [...value].slice(0, 3).join('');
  return value.length > division.length ? `${division}****` : division;
}

/** zhang.san@example.cn -> z***@example.cn */
export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  return at <= 0 ? STAR.repeat(3) : `${value[0]}***${value.slice(at)}`;
}

export function maskApplicant(applicant: Applicant): Applicant {
  const { contact } = applicant;
  return {
    ...applicant,
    identity: { ...applicant.identity, number: maskIdNumber(applicant.identity.number) },
    contact: {
      ...contact,
      ...(contact.phone === undefined ? {} : { phone: maskPhone(contact.phone) }),
      ...(contact.address === undefined ? {} : { address: maskAddress(contact.address) }),
      ...(contact.email === undefined ? {} : { email: maskEmail(contact.email) }),
    },
  };
}

/** The event with the applicant's personal data masked (only `received` carries any). */
export function maskEvent(event: ApplicationEvent): ApplicationEvent {
  return event.type === 'received' ? { ...event, applicant: maskApplicant(event.applicant) } : event;
}
