import 'server-only';
import { desc, inArray } from 'drizzle-orm';
import { isDemoInbox } from '@/lib/env';
import { masked, withSecret } from '@/lib/messages/render';
import { SIGN_IN_CODE_TEMPLATE } from '@/lib/messages/sign-in-code';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { decryptSecret, passcodeKeys } from '@/lib/passcode';
import type { DbOrTx } from '../client';
import { notifications } from '../schema';

export interface LoggedMessage {
  id: string;
  createdAt: Date;
  channel: 'sms' | 'email';
  to: string;
  template: string;
  subject: string | null;
  body: string;
  status: 'pending' | 'sent' | 'failed';
}

/**
 * The demo inbox, newest first; null unless demo mode is on (DEMO_INBOX=1, loopback only). Passcodes are
 * masked (a recipient reads theirs in Recipient Central only); sign-in codes are shown, since this inbox
 * is how a demo recipient receives one. `to` keeps one recipient's messages (their e-mail address and number).
 */
export async function listMessageLog(
  db: DbOrTx,
  { limit = 100, to = [] }: { limit?: number; to?: string[] } = {},
): Promise<LoggedMessage[] | null> {
  if (!isDemoInbox()) return null;
  const { encryptionKey } = passcodeKeys();
  const rows = await db
    .select()
    .from(notifications)
    .where(to.length > 0 ? inArray(notifications.toAddress, to) : undefined)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    channel: row.channel,
    to: row.toAddress,
    template: row.template,
    subject: row.subject,
    status: row.status,
    body:
      row.template === SIGN_IN_CODE_TEMPLATE && row.secretCiphertext
        ? withSecret(row.body, decryptSecret(row.secretCiphertext, encryptionKey, OUTBOX_SECRET_AD))
        : masked(row.body),
  }));
}
