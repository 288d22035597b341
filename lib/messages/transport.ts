import nodemailer from 'nodemailer';
import { serverEnv, type ServerSettings } from '@/lib/env';
import { PermanentSendError } from '@/lib/outbox/send-errors';
import { smsGatewayTransport } from './sms-gateway';
import type { MessageChannel } from './types';

/** A message ready to leave: the secret, if any, is already in the body. Never logged or stored. */
export interface SendableMessage {
  channel: MessageChannel;
  to: string;
  subject: string | null;
  body: string;
}

export interface MessageTransport {
  readonly name: 'log' | 'smtp' | 'sms-gateway' | 'unconfigured';
  send(message: SendableMessage): Promise<void>;
}

/**
 * Development and tests: nothing leaves the machine; the outbox row itself, marked sent, is the
 * record the message log page lists (with passcodes masked).
 */
const logTransport: MessageTransport = {
  name: 'log',
  send: async () => {},
};

/**
 * Bounded well inside the outbox's 60 s claim lease (nodemailer's own defaults wait up to 10 minutes on a
 * silent socket): a send that outlived the lease could be taken and sent again by another worker.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

function smtpTransport(smtpUrl: string, from: string): MessageTransport {
  const mailer = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return {
    name: 'smtp',
    send: async (message) => {
      await mailer.sendMail({ from, to: message.to, subject: message.subject ?? '', text: message.body });
    },
  };
}

/** A production server without an SMS gateway: each SMS fails at once, and the message log says why. */
const unconfiguredSmsTransport: MessageTransport = {
  name: 'unconfigured',
  send: async () => {
    throw new PermanentSendError('no SMS gateway configured');
  },
};

function smsTransport(settings: ServerSettings): MessageTransport {
  if (settings.DEMO_INBOX) return logTransport;
  const { SMS_GATEWAY_URL, SMS_GATEWAY_ACCOUNT_SID, SMS_GATEWAY_AUTH_TOKEN, SMS_FROM } = settings;
  // The settings schema requires the other three whenever the URL is set.
  if (SMS_GATEWAY_URL && SMS_GATEWAY_ACCOUNT_SID && SMS_GATEWAY_AUTH_TOKEN && SMS_FROM) {
    return smsGatewayTransport({
      baseUrl: SMS_GATEWAY_URL,
      accountSid: SMS_GATEWAY_ACCOUNT_SID,
      authToken: SMS_GATEWAY_AUTH_TOKEN,
      from: SMS_FROM,
    });
  }
  return settings.NODE_ENV === 'production' ? unconfiguredSmsTransport : logTransport;
}

/**
 * The transport per channel. Demo mode keeps every message (the demo inbox shows them). Otherwise e-mail
 * goes over SMTP when SMTP_URL is set (a production server refuses to start without it), and SMS through
 * the gateway when SMS_GATEWAY_URL is set; without one, production fails each SMS permanently (the start
 * warns about it) while development and tests keep them in the log.
 */
export function transportsFromEnv(settings: ServerSettings = serverEnv()): Record<MessageChannel, MessageTransport> {
  const email = !settings.DEMO_INBOX && settings.SMTP_URL ? smtpTransport(settings.SMTP_URL, settings.SMTP_FROM) : logTransport;
  return { email, sms: smsTransport(settings) };
}
