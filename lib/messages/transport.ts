import nodemailer from 'nodemailer';
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
export const logTransport: MessageTransport = {
  name: 'log',
  send: async () => {},
};

export function smtpTransport(smtpUrl: string, from: string): MessageTransport {
  const mailer = nodemailer.createTransport(smtpUrl);
  return {
    name: 'smtp',
    send: async (message) => {
      await mailer.sendMail({ from, to: message.to, subject: message.subject ?? '', text: message.body });
    },
  };
}

/** The transport per channel: e-mail over SMTP when SMTP_URL is set; SMS through the log (no gateway yet). */
export function transportsFromEnv(env: Record<string, string | undefined> = process.env): Record<MessageChannel, MessageTransport> {
  const email = env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.SMTP_FROM ?? 'Shipper Central <no-reply@shipper-central.example>') : logTransport;
  return { email, sms: logTransport };
}

/** The demo inbox exists only while nothing is really sent. */
export function isMessageLogEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return !env.SMTP_URL;
}
