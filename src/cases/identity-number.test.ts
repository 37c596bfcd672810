import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../calendar/index.ts';
import type { ApplicantType, IdentityDocumentKind } from './application.ts';
import {
  creditCodeProblem,
  identityKindProblem,
  identityNumberProblem,
  residentIdProblem,
} from './identity-number.ts';
import { applicationId } from './ids.ts';
import { register } from './register.command.ts';
import { agency, clerk, ctx, person, request } from './test-kit.ts';

describe('居民身份证号码 (GB 11643)', () => {
  it('accepts a number whose check character fits, X in either case', () => {
    expect(residentIdProblem('110101199003074514')).toBeUndefined();
    expect(residentIdProblem('410726198506123417')).toBeUndefined();
    expect(residentIdProblem('11010519491231002X')).toBeUndefined();
    expect(residentIdProblem('11010519491231002x')).toBeUndefined();
  });

  it('refuses a wrong check character, a wrong length and letters', () => {
    expect(residentIdProblem('110101199003074515')).toBe(
      '居民身份证号码的校验码（第18位）不正确（GB 11643），请核对号码',
    );
    expect(residentIdProblem('11010119900307451')).toBe('居民身份证号码应为18位，收到17位');
    expect(residentIdProblem('110101900307451')).toBe('居民身份证号码应为18位，收到15位');
    expect(residentIdProblem('11010119900307451Y')).toContain('17位数字加1位校验码');
    expect(residentIdProblem('张三的身份证号码是一二三四五六七八九')).toContain('17位数字加1位校验码');
  });

  it('refuses an impossible birth date, and one after today', () => {
    expect(residentIdProblem('110101199013374514')).toBe(
      '居民身份证号码中的出生日期（第7—14位：19901337）不是有效日期',
    );
    expect(residentIdProblem('110101199002304514')).toContain('19900230');
    expect(residentIdProblem('110101180003074514')).toContain('18000307');
    // 2026-01-01 is a real date, but not yet on 2025-12-31.
    expect(residentIdProblem('11010120260101123X', '2025-12-31' as IsoDate)).toContain('不是有效日期');
  });
});

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts a code whose check character fits, in either case', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined();
    expect(creditCodeProblem('91330100MA27XXXX1J')).toBeUndefined();
    expect(creditCodeProblem('91330100ma27xxxx1j')).toBeUndefined();
  });

  it('refuses a wrong check character, a wrong length, letters it does not use', () => {
    expect(creditCodeProblem('91330100MA27XXXX1Y')).toBe(
      '统一社会信用代码的校验码（第18位）不正确（GB 32100），请核对代码',
    );
    expect(creditCodeProblem('123')).toBe('统一社会信用代码应为18位，收到3位');
    expect(creditCodeProblem('91330100MA27OXXX1J')).toContain('不使用I、O、S、V、Z');
    expect(creditCodeProblem('913301A0MA27XXXX1J')).toContain('行政区划码');
  });

  it('applies to the kind of document; other documents are only required to be present', () => {
    expect(identityNumberProblem({ kind: 'unifiedSocialCreditCode', number: '123' })).toContain('18位');
    expect(identityNumberProblem({ kind: 'passport', number: 'E12345678' })).toBeUndefined();
    expect(identityNumberProblem({ kind: 'otherOrganisation', number: '事证第1号' })).toBeUndefined();
  });
});

describe('the applicant type and the kind of document', () => {
  it('must fit: no credit code for a person, no resident ID or passport for an organisation', () => {
    const fits: [ApplicantType, IdentityDocumentKind][] = [
      ['naturalPerson', 'residentIdCard'],
      ['naturalPerson', 'passport'],
      ['naturalPerson', 'otherPersonal'],
      ['commercial', 'unifiedSocialCreditCode'],
      ['other', 'otherOrganisation'],
    ];
    for (const [type, kind] of fits)
      expect(identityKindProblem(type, kind), `${type}/${kind}`).toBeUndefined();
    expect(identityKindProblem('naturalPerson', 'unifiedSocialCreditCode')).toContain('申请人为自然人');
    expect(identityKindProblem('research', 'residentIdCard')).toContain('申请人为法人或者其他组织');
    expect(identityKindProblem('legalService', 'passport')).toContain('不能是居民身份证或护照');
  });

  it('is refused when registering, naming the fields', () => {
    const result = register(
      {
        id: applicationId('k'),
        agency,
        actor: clerk,
        applicant: { ...person, identity: { kind: 'unifiedSocialCreditCode', number: '91330100MA27XXXX1J' } },
        receipt: { channel: 'inPerson', submittedOn: '2025-03-03' as IsoDate },
        request,
      },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid-field' });
    expect(!result.ok && result.reason).toMatch(/^申请人类型与身份证明种类不符：申请人为自然人/);
  });
});
