import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApplicationEvent, applicationId } from '../cases/index.ts';
import { agency, clerk, ctxAt, person, request } from '../cases/test-kit.ts';
import { ApplicationRepository } from './application.repository.ts';
import { ApplicationService } from './application.service.ts';
import {
  configuredIdentityCipher,
  DataKeyError,
  identityCipher,
  isEncrypted,
  parseDataKey,
} from './identity-cipher.ts';
import { describeEachDatabase } from './test-databases.ts';

const ID_NUMBER = '110105199001011234';
const STORED = /^enc:v1:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$/;

describe('identityCipher', () => {
  const cipher = identityCipher(randomBytes(32));

  it('encrypts to enc:v1:<iv>:<tag>:<ciphertext> with a fresh IV, and decrypts back', () => {
    const a = cipher.encrypt(ID_NUMBER);
    const b = cipher.encrypt(ID_NUMBER);
    expect(a).toMatch(STORED);
    expect(a).not.toBe(b);
    expect(a).not.toContain(ID_NUMBER);
    expect(cipher.decrypt(a)).toBe(ID_NUMBER);
    expect(cipher.decrypt(cipher.encrypt('护照 E12345678'))).toBe('护照 E12345678');
  });

  it('leaves encrypted values and values written before encryption as they are', () => {
    const stored = cipher.encrypt(ID_NUMBER);
    expect(cipher.encrypt(stored)).toBe(stored);
    expect(cipher.decrypt(ID_NUMBER)).toBe(ID_NUMBER);
    expect(isEncrypted(stored)).toBe(true);
    expect(isEncrypted(ID_NUMBER)).toBe(false);
  });

  it('refuses a wrong key or an altered value with a Chinese error, never garbage', () => {
    const stored = cipher.encrypt(ID_NUMBER);
    expect(() => identityCipher(randomBytes(32)).decrypt(stored)).toThrow(DataKeyError);
    expect(() => identityCipher(randomBytes(32)).decrypt(stored)).toThrow(
      /^无法解密身份证件号码：当前数据密钥与加密时使用的密钥不一致/,
    );
    const parts = stored.split(':');
    parts[4] = Buffer.from('tampered').toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow(DataKeyError);
    expect(() => cipher.decrypt('enc:v1:onlyone')).toThrow('格式不正确');
    expect(() => identityCipher(randomBytes(16))).toThrow('数据密钥应为32字节');
  });
});

describe('parseDataKey', () => {
  it('takes base64 of exactly 32 bytes', () => {
    const key = randomBytes(32);
    expect(parseDataKey(` ${key.toString('base64')}\n`, 'x')).toEqual(key);
    expect(() => parseDataKey('c2hvcnQ=', '环境变量 GONGKAI_DATA_KEY ')).toThrow(
      '环境变量 GONGKAI_DATA_KEY 应为32字节密钥的 base64 编码，可用 openssl rand -base64 32 生成',
    );
    expect(() => parseDataKey('not base64 at all!', 'x')).toThrow(DataKeyError);
  });
});

describe('configuredIdentityCipher', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'gongkai-key-'));

  it('uses GONGKAI_DATA_KEY when set, creating no file', () => {
    const file = join(dir(), 'gongkai.key');
    const key = randomBytes(32).toString('base64');
    const cipher = configuredIdentityCipher({ dataKey: key, dataKeyFile: file });
    expect(identityCipher(Buffer.from(key, 'base64')).decrypt(cipher.encrypt(ID_NUMBER))).toBe(ID_NUMBER);
    expect(existsSync(file)).toBe(false);
  });

  it('creates the key file (mode 0600, directories too) on the first encryption and reuses it', () => {
    const file = join(dir(), 'nested', 'data', 'gongkai.key');
    const reading = configuredIdentityCipher({ dataKey: undefined, dataKeyFile: file });
    expect(reading.decrypt(ID_NUMBER)).toBe(ID_NUMBER); // plain values need no key
    expect(existsSync(file)).toBe(false);
    const stored = configuredIdentityCipher({ dataKey: undefined, dataKeyFile: file }).encrypt(ID_NUMBER);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(configuredIdentityCipher({ dataKey: undefined, dataKeyFile: file }).decrypt(stored)).toBe(
      ID_NUMBER,
    );
  });

  it('never creates a key to decrypt: a missing file is a clear error', () => {
    const stored = identityCipher(randomBytes(32)).encrypt(ID_NUMBER);
    const file = join(dir(), 'gongkai.key');
    expect(() => configuredIdentityCipher({ dataKey: undefined, dataKeyFile: file }).decrypt(stored)).toThrow(
      `数据密钥文件 ${file} 不存在，无法解密已加密的身份证件号码`,
    );
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, 'garbage\n');
    expect(() => configuredIdentityCipher({ dataKey: undefined, dataKeyFile: file }).encrypt('x')).toThrow(
      `数据密钥文件 ${file} 应为32字节密钥的 base64 编码`,
    );
  });
});

describeEachDatabase('identity numbers at rest', (store) => {
  const key = randomBytes(32);
  let repo: ApplicationRepository;
  const id = applicationId('enc-1');
  beforeAll(async () => {
    repo = new ApplicationRepository(store().db, store().dialect, identityCipher(key));
    await repo.addAgency(agency, '示例县医疗保障局', '2026-01-01T00:00:00Z');
    const service = new ApplicationService(repo, ctxAt('2026-06-30'));
    const applicant = { ...person, identity: { kind: 'residentIdCard' as const, number: ID_NUMBER } };
    const result = await service.register({
      id,
      agency,
      actor: clerk,
      applicant,
      receipt: { channel: 'inPerson', submittedOn: '2026-06-01' as never },
      request,
    });
    expect(result.ok).toBe(true);
  });

  it('stores no plaintext identity number in the raw row', async () => {
    const rows = await store()
      .db.selectFrom('application_events')
      .selectAll()
      .where('application_id', '=', id)
      .execute();
    const raw = JSON.stringify(rows);
    expect(raw).not.toContain(ID_NUMBER);
    const payload = rows[0]!.payload;
    const stored = (typeof payload === 'string' ? JSON.parse(payload) : payload).applicant.identity.number;
    expect(stored).toMatch(STORED);
  });

  it('reads it back in full through the repository with the key', async () => {
    const received = (await repo.load(id))!.events[0] as Extract<ApplicationEvent, { type: 'received' }>;
    expect(received.applicant.identity.number).toBe(ID_NUMBER);
    const logs = await repo.logs([id]);
    expect(JSON.stringify(logs.get(id))).toContain(ID_NUMBER);
    expect(JSON.stringify(await repo.recordedEvents(id))).toContain(ID_NUMBER);
  });

  it('keeps it opaque without a cipher and refuses it with another key', async () => {
    const plain = new ApplicationRepository(store().db, store().dialect);
    const opaque = (await plain.load(id))!.events[0] as Extract<ApplicationEvent, { type: 'received' }>;
    expect(opaque.applicant.identity.number).toMatch(STORED);
    const wrong = new ApplicationRepository(store().db, store().dialect, identityCipher(randomBytes(32)));
    await expect(wrong.load(id)).rejects.toThrow(DataKeyError);
  });
});
