import nodemailer from 'nodemailer';
import { serverEnv, type ServerSettings } from '@/lib/env';
import type { MessageChannel } from './types';

/** A message ready to leave: the secret, if any, is already in the body. Never logged or stored. */
export interface SendableMessage {
  channel: MessageChannel;
  to: string;
  subject: string | null;
  body: string;
}

export interface MessageTransport {
  readonly name: 'log' | 'smtp';
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

function smtpTransport(smtpUrl: string, from: string): MessageTransport {
  const mailer = nodemailer.createTransport(smtpUrl);
  return {
    name: 'smtp',
    send: async (message) => {
      await mailer.sendMail({ from, to: message.to, subject: message.subject ?? '', text: message.body });
    },
  };
}

/**
 * The transport per channel. Demo mode keeps every message (the demo inbox shows them); otherwise e-mail
 * goes over SMTP when SMTP_URL is set (a production server refuses to start without it). SMS goes
 * through the log: there is no SMS gateway yet.
 */
export function transportsFromEnv(settings: ServerSettings = serverEnv()): Record<MessageChannel, MessageTransport> {
  const email = !settings.DEMO_INBOX && settings.SMTP_URL ? smtpTransport(settings.SMTP_URL, settings.SMTP_FROM) : logTransport;
  return { email, sms: logTransport };
}
