import { describe, expect, it } from 'vitest';
import { maskAddress, maskApplicant, maskEmail, maskIdNumber, maskPhone } from './personal-data.ts';
import { person } from './test-kit.ts';

describe('masking personal data', () => {
  it('keeps the region prefix and the last four of an identity number', () => {
    expect(maskIdNumber('11010519900101123X')).toBe('110***********123X');
    expect(maskIdNumber('91410726MA9G8XXX1K')).toBe('914***********XX1K');
    expect(maskIdNumber('12345')).toBe('*****');
  });

  it('masks the middle of a mobile number and most of a short one', () => {
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0373-7654321')).toBe('037****4321');
    expect(maskPhone('7654321')).toBe('*****21');
  });

  it('keeps the division of an address', () => {
    expect(maskAddress('河南省新乡市延津县城关镇人民路8号')).toBe('河南省新乡市****');
    expect(maskAddress('北京市朝阳区建国路1号')).toBe('北京市****');
    expect(maskAddress('人民路8号')).toBe('人民路****');
  });

  it('masks the name part of an e-mail address', () => {
    expect(maskEmail('zhang.san@example.cn')).toBe('z***@example.cn');
  });

  it('masks an applicant without touching name or type', () => {
    const masked = maskApplicant(person);
    expect(masked.name).toBe(person.name);
    expect(masked.type).toBe(person.type);
    expect(masked.identity.number).not.toBe(person.identity.number);
    expect(masked.identity.number).toBe('TES**0001');
    expect(masked.contact.phone).toBe('138****0000');
  });
});
