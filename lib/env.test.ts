import { describe, expect, it } from 'vitest';
import { readServerSecrets } from './env';

const key = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');
const complete = { NEXTAUTH_SECRET: key(32), OTP_PEPPER: key(32), OTP_ENC_KEY: key(32) };

describe('server secrets', () => {
  it('are read when all are present and long enough', () => {
    expect(readServerSecrets(complete)).toEqual(complete);
  });

  it('fail closed when one is missing', () => {
    expect(() => readServerSecrets({ ...complete, NEXTAUTH_SECRET: undefined })).toThrow('Refusing to start: NEXTAUTH_SECRET is not set');
  });

  it('fail closed when one is shorter than 32 bytes', () => {
    expect(() => readServerSecrets({ ...complete, OTP_ENC_KEY: key(16) })).toThrow('OTP_ENC_KEY must be at least 32 random bytes');
  });
});
