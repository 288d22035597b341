import 'server-only';
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { PASSCODE_TEMPLATES } from '@/lib/messages/passcode';
import { withSecret } from '@/lib/messages/render';
import { type MessageTransport, transportsFromEnv } from '@/lib/messages/transport';
import { type MessageChannel, OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { decryptSecret, passcodeKeys } from '@/lib/passcode';
import type { DbOrTx } from '../client';
import { notifications } from '../schema';

export const MAX_SEND_ATTEMPTS = 5;

export interface SendReport {
  sent: number;
  failed: number;
}

/**
 * Sends pending outbox rows: each is claimed by one conditional UPDATE (two senders never send the same
 * row), the sealed secret is opened and put in place of the placeholder only in memory, and a failure
 * is retried on a later run until MAX_SEND_ATTEMPTS. A passcode's sealed copy is dropped once sent.
 */
export async function sendPendingMessages(
  db: DbOrTx,
  transports: Record<MessageChannel, MessageTransport> = transportsFromEnv(),
  limit = 200,
): Promise<SendReport> {
  const { encryptionKey } = passcodeKeys();
  const pending = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.status, 'pending'), lt(notifications.attempts, MAX_SEND_ATTEMPTS)))
    .orderBy(asc(notifications.createdAt))
    .limit(limit);
  const report: SendReport = { sent: 0, failed: 0 };
  for (const row of pending) {
    const [claimed] = await db
      .update(notifications)
      .set({ attempts: sql`${notifications.attempts} + 1` })
      .where(and(eq(notifications.id, row.id), eq(notifications.status, 'pending'), eq(notifications.attempts, row.attempts)))
      .returning({ attempts: notifications.attempts });
    if (!claimed) continue;
    try {
      const body = row.secretCiphertext
        ? withSecret(row.body, decryptSecret(row.secretCiphertext, encryptionKey, OUTBOX_SECRET_AD))
        : row.body;
      await transports[row.channel].send({ channel: row.channel, to: row.toAddress, subject: row.subject, body });
      await db
        .update(notifications)
        .set({
          status: 'sent',
          sentAt: new Date(),
          ...(PASSCODE_TEMPLATES.includes(row.template) ? { secretCiphertext: null } : {}),
        })
        .where(eq(notifications.id, row.id));
      report.sent += 1;
    } catch {
      if (claimed.attempts >= MAX_SEND_ATTEMPTS)
        await db.update(notifications).set({ status: 'failed' }).where(eq(notifications.id, row.id));
      report.failed += 1;
    }
  }
  return report;
}
