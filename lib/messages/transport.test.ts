import { describe, expect, it } from 'vitest';
import { serverEnv } from '@/lib/env';
import { PermanentSendError } from '@/lib/outbox/send-errors';
import { transportsFromEnv } from './transport';

const SMTP = { SMTP_URL: 'smtp://mail.example:25' };
const GATEWAY = {
  SMS_GATEWAY_URL: 'https://api.twilio.com',
  SMS_GATEWAY_ACCOUNT_SID: 'AC1',
  SMS_GATEWAY_AUTH_TOKEN: 'token',
  SMS_FROM: 'Shipper',
};

const namesOf = (source: Record<string, string>) => {
  const transports = transportsFromEnv(serverEnv(source));
  return { email: transports.email.name, sms: transports.sms.name };
};

describe('transports', () => {
  it('keep every message in demo mode, even with SMTP and a gateway configured', () => {
    expect(namesOf({ DEMO_INBOX: '1', NODE_ENV: 'production', ...SMTP, ...GATEWAY })).toEqual({ email: 'log', sms: 'log' });
  });

  it('send e-mail over SMTP and SMS through the gateway when configured', () => {
    expect(namesOf({ ...SMTP, ...GATEWAY })).toEqual({ email: 'smtp', sms: 'sms-gateway' });
  });

  it('keep messages in the log in development and tests without SMTP or a gateway', () => {
    expect(namesOf({})).toEqual({ email: 'log', sms: 'log' });
    expect(namesOf({ NODE_ENV: 'test' })).toEqual({ email: 'log', sms: 'log' });
  });

  it('fail each SMS permanently in production without a gateway', async () => {
    const { sms } = transportsFromEnv(serverEnv({ NODE_ENV: 'production', ...SMTP }));
    expect(sms.name).toBe('unconfigured');
    const sending = sms.send({ channel: 'sms', to: '+447700900123', subject: null, body: 'Hello' });
    await expect(sending).rejects.toBeInstanceOf(PermanentSendError);
    await expect(sending).rejects.toThrow('no SMS gateway configured');
  });
});
