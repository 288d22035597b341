import { describe, expect, it } from 'vitest';
import { productionStartProblems, readServerSecrets, serverEnv } from './env';

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

describe('server settings', () => {
  it('have defaults for everything optional', () => {
    const env = serverEnv({});
    expect(env.DATABASE_POOL_MAX).toBe(10);
    expect(env.DEMO_INBOX).toBe(false);
    expect(env.TRUST_PROXY).toBe(false);
  });

  it('name every malformed setting at once', () => {
    expect(() => serverEnv({ DATABASE_URL: 'mysql://x', DATABASE_POOL_MAX: 'ten', DEMO_INBOX: 'yes', SMTP_URL: 'mail.example' })).toThrow(
      /DATABASE_URL must be a URL starting with postgres:\/\/.*DATABASE_POOL_MAX must be a whole number.*SMTP_URL must be a URL.*DEMO_INBOX must be 1/,
    );
  });
});

describe('a production start', () => {
  it('is refused without an e-mail transport or its public address, naming the settings', () => {
    expect(productionStartProblems(complete)).toEqual([
      'SMTP_URL is not set: a production server needs an e-mail transport (or DEMO_INBOX=1 for a local demo)',
      "NEXTAUTH_URL is not set: sign-in and sign-out redirect to it (the portal's public https:// address)",
    ]);
  });

  it('lists every missing secret and malformed setting together', () => {
    const problems = productionStartProblems({ OTP_PEPPER: key(8), DATABASE_POOL_MAX: '0' });
    expect(problems).toEqual([
      'NEXTAUTH_SECRET is not set',
      'OTP_PEPPER must be at least 32 random bytes, base64-encoded',
      'OTP_ENC_KEY is not set',
      'DATABASE_POOL_MAX must be a whole number from 1 to 200',
    ]);
  });

  it('is accepted with the secrets and SMTP, or in demo mode', () => {
    expect(productionStartProblems({ ...complete, SMTP_URL: 'smtp://mail.example:25', NEXTAUTH_URL: 'https://portal.example' })).toEqual(
      [],
    );
    expect(productionStartProblems({ ...complete, DEMO_INBOX: '1' })).toEqual([]);
  });
});
