// Identity document numbers (第二十九条: 申请人的身份证明): the two kinds with a national standard are
// checked by their check character; the applicant type must fit the kind of document.
//
// - 居民身份证号码 (GB 11643-1999 公民身份号码): 18 characters: a 6-digit address code, the birth
//   date YYYYMMDD, a 3-digit sequence and a check character (0-9 or X) computed with ISO 7064
//   MOD 11-2. The 15-digit numbers of first-generation cards (invalid since 2013) are refused.
// - 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and the capital letters without I, O,
//   S, V, Z; the 18th is a check character, MOD 31 with weights 3^(i-1) mod 31.
//
// Lower-case letters are accepted (x in an ID number, letters in a credit code): clerks type them.
// Passport and other documents have no common format and are only required to be present.

import { type IsoDate, isIsoDate } from '../calendar/index.ts';
import type { ApplicantType, IdentityDocumentKind } from './application.ts';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** What is wrong with a 居民身份证号码 (GB 11643), in Chinese; undefined when it is valid. */
export function residentIdProblem(number: string, today?: IsoDate): string | undefined {
  const n = number.toUpperCase();
  if (n.length !== 18) return `居民身份证号码应为18位，收到${n.length}位`;
  if (!/^\d{17}[\dX]$/.test(n)) return '居民身份证号码应为17位数字加1位校验码（数字或X）';
  const birth = `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < '1900-01-01' || (today !== undefined && birth > today))
    return `居民身份证号码中的出生日期（第7—14位：${n.slice(6, 14)}）不是有效日期`;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(n[i]), 0);
  if (ID_CHECK[sum % 11] !== n[17]) return '居民身份证号码的校验码（第18位）不正确（GB 11643），请核对号码';
  return undefined;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** What is wrong with a 统一社会信用代码 (GB 32100), in Chinese; undefined when it is valid. */
export function creditCodeProblem(code: string): string | undefined {
  const c = code.toUpperCase();
  if (c.length !== 18) return `统一社会信用代码应为18位，收到${c.length}位`;
  if ([...c].some((ch) => !USCC_CHARS.includes(ch)))
    return '统一社会信用代码只能由数字和大写字母组成（不使用I、O、S、V、Z）';
  if (!/^\d{6}$/.test(c.slice(2, 8))) return '统一社会信用代码的第3—8位应为登记管理机关行政区划码（数字）';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(c[i]!) * 3 ** i;
  // 3^i mod 31 as weights: the sum mod 31 is the same when the powers are taken in full.
  const check = (31 - (sum % 31)) % 31;
  if (USCC_CHARS[check] !== c[17]) return '统一社会信用代码的校验码（第18位）不正确（GB 32100），请核对代码';
  return undefined;
}

/** Kinds of document only a person holds, and only an organisation holds. */
const PERSONAL: readonly IdentityDocumentKind[] = ['residentIdCard', 'passport'];
const ORGANISATIONAL: readonly IdentityDocumentKind[] = ['unifiedSocialCreditCode', 'otherOrganisation'];

/** The applicant type contradicts the kind of identity document, in Chinese; else undefined. */
export function identityKindProblem(type: ApplicantType, kind: IdentityDocumentKind): string | undefined {
  if (type === 'naturalPerson' && ORGANISATIONAL.includes(kind))
    return '申请人为自然人，身份证明不能是统一社会信用代码或其他组织证件；请核对申请人类型或身份证明种类';
  if (type !== 'naturalPerson' && PERSONAL.includes(kind))
    return '申请人为法人或者其他组织，身份证明不能是居民身份证或护照，应为统一社会信用代码或其他组织证件；请核对申请人类型或身份证明种类';
  return undefined;
}

/** What is wrong with the number for its kind of document, in Chinese; else undefined. */
export function identityNumberProblem(
  identity: { kind: IdentityDocumentKind; number: string },
  today?: IsoDate,
): string | undefined {
  if (identity.kind === 'residentIdCard') return residentIdProblem(identity.number, today);
  if (identity.kind === 'unifiedSocialCreditCode') return creditCodeProblem(identity.number);
  return undefined;
}
