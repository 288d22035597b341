import { describe, expect, it } from 'vitest';
import { productionStartProblems, productionStartWarnings, readServerSecrets, serverEnv } from './env';

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

  it('read again, follow a changed secret and fail closed once one is removed, and cannot be changed by a caller', () => {
    const source: Record<string, string | undefined> = { ...complete };
    expect(readServerSecrets(source).NEXTAUTH_SECRET).toBe(complete.NEXTAUTH_SECRET);
    source.NEXTAUTH_SECRET = key(48);
    expect(readServerSecrets(source).NEXTAUTH_SECRET).toBe(key(48));
    delete source.NEXTAUTH_SECRET;
    expect(() => readServerSecrets(source)).toThrow('NEXTAUTH_SECRET is not set');
    expect(() => readServerSecrets(source)).toThrow('NEXTAUTH_SECRET is not set');
    source.NEXTAUTH_SECRET = '';
    expect(() => readServerSecrets(source)).toThrow('NEXTAUTH_SECRET is not set');
    const secrets = readServerSecrets(complete);
    expect(() => Object.assign(secrets, { OTP_PEPPER: 'x' })).toThrow();
    expect(readServerSecrets(complete).OTP_PEPPER).toBe(complete.OTP_PEPPER);
  });
});

describe('server settings', () => {
  it('have defaults for everything optional', () => {
    const env = serverEnv({});
    expect(env.DATABASE_POOL_MAX).toBe(10);
    expect(env.DEMO_INBOX).toBe(false);
    expect(env.TRUST_PROXY).toBe(false);
    expect(env.OUTBOX_WORKER).toBe('in-process');
  });

  it('accept the outbox worker switched off, and nothing but in-process or off', () => {
    expect(serverEnv({ OUTBOX_WORKER: 'off' }).OUTBOX_WORKER).toBe('off');
    expect(() => serverEnv({ OUTBOX_WORKER: 'separate' })).toThrow('OUTBOX_WORKER must be in-process or off');
  });

  it('name every malformed setting at once', () => {
    expect(() => serverEnv({ DATABASE_URL: 'mysql://x', DATABASE_POOL_MAX: 'ten', DEMO_INBOX: 'yes', SMTP_URL: 'mail.example' })).toThrow(
      /DATABASE_URL must be a URL starting with postgres:\/\/.*DATABASE_POOL_MAX must be a whole number.*SMTP_URL must be a URL.*DEMO_INBOX must be 1/,
    );
  });
});

describe('server settings read again', () => {
  it('follow a changed value, a setting added or removed, and a value made malformed', () => {
    const source: Record<string, string | undefined> = { DATABASE_POOL_MAX: '5' };
    expect(serverEnv(source).DATABASE_POOL_MAX).toBe(5);
    source.DATABASE_POOL_MAX = '7';
    expect(serverEnv(source).DATABASE_POOL_MAX).toBe(7);
    source.DEMO_INBOX = '1';
    expect(serverEnv(source).DEMO_INBOX).toBe(true);
    delete source.DEMO_INBOX;
    expect(serverEnv(source).DEMO_INBOX).toBe(false);
    source.DATABASE_POOL_MAX = 'seven';
    expect(() => serverEnv(source)).toThrow('DATABASE_POOL_MAX must be a whole number');
    expect(() => serverEnv(source)).toThrow('DATABASE_POOL_MAX must be a whole number');
  });

  it('treat an empty value as unset, as the first read does', () => {
    expect(serverEnv({ PGLITE_DIR: '' }).PGLITE_DIR).toBeUndefined();
    expect(serverEnv({ PGLITE_DIR: '/data' }).PGLITE_DIR).toBe('/data');
    expect(serverEnv({ PGLITE_DIR: '' }).PGLITE_DIR).toBeUndefined();
  });

  it('cannot be changed by a caller', () => {
    const settings = serverEnv({});
    expect(() => Object.assign(settings, { DEMO_INBOX: true })).toThrow();
    expect(serverEnv({}).DEMO_INBOX).toBe(false);
  });
});

describe('the SMS gateway settings', () => {
  const gateway = {
    SMS_GATEWAY_URL: 'https://api.twilio.com',
    SMS_GATEWAY_ACCOUNT_SID: 'AC123',
    SMS_GATEWAY_AUTH_TOKEN: 'token',
    SMS_FROM: '+447700900001',
  };

  it('are read together', () => {
    expect(serverEnv(gateway)).toMatchObject(gateway);
  });

  it('name each one missing beside the gateway URL', () => {
    expect(() => serverEnv({ SMS_GATEWAY_URL: 'https://api.twilio.com', SMS_GATEWAY_AUTH_TOKEN: '' })).toThrow(
      'Invalid settings: SMS_GATEWAY_ACCOUNT_SID is not set: SMS_GATEWAY_URL needs it; SMS_GATEWAY_AUTH_TOKEN is not set: SMS_GATEWAY_URL needs it; SMS_FROM is not set: SMS_GATEWAY_URL needs it',
    );
  });

  it('are named missing alongside other malformed settings', () => {
    expect(() => serverEnv({ ...gateway, SMS_FROM: undefined, DATABASE_POOL_MAX: '0' })).toThrow(
      'Invalid settings: DATABASE_POOL_MAX must be a whole number from 1 to 200; SMS_FROM is not set: SMS_GATEWAY_URL needs it',
    );
  });

  it('refuse a gateway URL that is not http or https', () => {
    expect(() => serverEnv({ ...gateway, SMS_GATEWAY_URL: 'api.twilio.com' })).toThrow(
      'SMS_GATEWAY_URL must be a URL starting with http:// or https://',
    );
  });

  it('may all be left out', () => {
    expect(serverEnv({}).SMS_GATEWAY_URL).toBeUndefined();
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

describe('production start warnings', () => {
  const production = { ...complete, NODE_ENV: 'production' };

  it('say that SMS will end failed without a gateway', () => {
    expect(productionStartWarnings(production)).toEqual([
      'SMS_GATEWAY_URL is not set: SMS messages will end failed with "no SMS gateway configured"',
    ]);
  });

  it('are none with a gateway, in demo mode, or outside production', () => {
    const gateway = {
      SMS_GATEWAY_URL: 'https://api.twilio.com',
      SMS_GATEWAY_ACCOUNT_SID: 'AC1',
      SMS_GATEWAY_AUTH_TOKEN: 't',
      SMS_FROM: 'Shipper',
    };
    expect(productionStartWarnings({ ...production, ...gateway })).toEqual([]);
    expect(productionStartWarnings({ ...production, DEMO_INBOX: '1' })).toEqual([]);
    expect(productionStartWarnings({ ...complete, NODE_ENV: 'development' })).toEqual([]);
  });
});
