// Identity numbers (身份证件号码, applicant.identity.number of the `received` event) encrypted at
// rest. 《个人信息保护法》第二十八条 counts them as sensitive personal information and 第五十一条
// asks for encryption; the rest of the event stays readable JSON for queries and the audit trail.
//
// AES-256-GCM (authenticated: a wrong key or an altered value is detected, never decrypted to
// garbage). Stored form: `enc:v1:<iv>:<tag>:<ciphertext>`, each part base64. The key is 32 bytes
// from GONGKAI_DATA_KEY (base64) or, when unset, from a key file created on first use (0600).

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Config, ConfigError } from '../config/index.ts';

export interface IdentityCipher {
  /** The stored form of `plain`; a value already encrypted is returned as it is. */
  encrypt(plain: string): string;
  /** The plain number; a value that is not encrypted (written before encryption) as it is. */
  decrypt(stored: string): string;
}

/**
 * The data key is missing, malformed or not the one the data was encrypted with: configuration
 * to fix, so the commands show its message as they do any ConfigError.
 */
export class DataKeyError extends ConfigError {}

const PREFIX = 'enc:v1:';
const KEY_BYTES = 32;
const IV_BYTES = 12;
/** Binds the ciphertext to its purpose: a value encrypted for something else does not decrypt. */
const AAD = Buffer.from('gongkai:identity-number:v1');
const HOW_TO_MAKE = '可用 openssl rand -base64 32 生成';

export function isEncrypted(value: string): boolean {
  return value.startsWith(PREFIX);
}

/** The cipher over a 32-byte key: pure apart from the random IV of each encryption. */
export function identityCipher(key: Uint8Array): IdentityCipher {
  if (key.length !== KEY_BYTES)
    throw new DataKeyError(`数据密钥应为${KEY_BYTES}字节（AES-256），${HOW_TO_MAKE}`);
  return {
    encrypt(plain) {
      if (isEncrypted(plain)) return plain;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(AAD);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join(':');
    },
    decrypt(stored) {
      if (!isEncrypted(stored)) return stored;
      const [iv, tag, data] = stored
        .slice(PREFIX.length)
        .split(':')
        .map((part) => Buffer.from(part, 'base64'));
      if (!iv || !tag || !data || iv.length !== IV_BYTES) {
        throw new DataKeyError('加密的身份证件号码格式不正确，数据可能已损坏');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(AAD).setAuthTag(tag);
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
      } catch {
        throw new DataKeyError(
          '无法解密身份证件号码：当前数据密钥与加密时使用的密钥不一致（请检查 GONGKAI_DATA_KEY 或数据密钥文件），或数据已被篡改',
        );
      }
    },
  };
}

/** A base64 key as given in GONGKAI_DATA_KEY or a key file. */
export function parseDataKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || key.length !== KEY_BYTES) {
    throw new DataKeyError(`${source}应为${KEY_BYTES}字节密钥的 base64 编码，${HOW_TO_MAKE}`);
  }
  return key;
}

/**
 * The installation's cipher: GONGKAI_DATA_KEY, else the key file. The key is read (or the file
 * created) on first use, so commands that never touch an identity number create no file; a file
 * is only created to encrypt, never to decrypt (a new key could not read the old data).
 */
export function configuredIdentityCipher(cfg: Pick<Config, 'dataKey' | 'dataKeyFile'>): IdentityCipher {
  let cipher: IdentityCipher | undefined;
  const get = (create: boolean): IdentityCipher => {
    cipher ??= identityCipher(
      cfg.dataKey !== undefined
        ? parseDataKey(cfg.dataKey, '环境变量 GONGKAI_DATA_KEY ')
        : keyFromFile(cfg.dataKeyFile, create),
    );
    return cipher;
  };
  return {
    encrypt: (plain) => get(true).encrypt(plain),
    decrypt: (stored) => (isEncrypted(stored) ? get(false).decrypt(stored) : stored),
  };
}

function keyFromFile(file: string, create: boolean): Buffer {
  if (!existsSync(file)) {
    if (!create) {
      throw new DataKeyError(
        `数据密钥文件 ${file} 不存在，无法解密已加密的身份证件号码：请恢复该文件，或设置 GONGKAI_DATA_KEY 为原密钥`,
      );
    }
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      // 'wx': a second process creating it at the same moment keeps the first one's key.
      writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return parseDataKey(readFileSync(file, 'utf8'), `数据密钥文件 ${file} `);
}
