import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { forEachConcurrently } from '@/lib/async/for-each-concurrently';
import { PASSCODE_TEMPLATES } from '@/lib/messages/passcode';
import { withSecret } from '@/lib/messages/render';
import type { MessageTransport } from '@/lib/messages/transport';
import { type MessageChannel, OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { PermanentSendError } from '@/lib/outbox/send-errors';
import { MESSAGE_RETRY_POLICY, type RetryPolicy } from '@/lib/outbox/retry-policy';
import { decryptSecret, passcodeKeys } from '@/lib/passcode';
import type { DbOrTx } from '../client';
import { claimDueRows, type FailedTry, recordFailedTry } from '../queries/outbox-rows';
import { type Notification, notifications } from '../schema';

export type MessageTransports = Record<MessageChannel, MessageTransport>;

export interface SendOptions {
  batchSize: number;
  concurrency: number;
  policy?: RetryPolicy;
}

export interface BatchReport {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

/** The error as the message log shows it: the transport's words, never the body or a secret. */
export function describeSendError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}

function sendable(row: Notification, encryptionKey: Buffer) {
  const body = row.secretCiphertext ? withSecret(row.body, decryptSecret(row.secretCiphertext, encryptionKey, OUTBOX_SECRET_AD)) : row.body;
  return { channel: row.channel, to: row.toAddress, subject: row.subject, body };
}

/** Sent rows, in one statement; a passcode's sealed copy is dropped once it has gone. */
async function markSent(db: DbOrTx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(notifications)
    .set({
      status: 'sent',
      sentAt: sql`now()`,
      lastError: null,
      secretCiphertext: sql`case when ${inArray(notifications.template, [...PASSCODE_TEMPLATES])} then null else ${notifications.secretCiphertext} end`,
    })
    .where(and(inArray(notifications.id, [...ids]), eq(notifications.status, 'pending')));
}

/**
 * One round of the message outbox: claims a batch of due messages, opens each sealed secret only in memory,
 * sends through the channel's transport (several at once) and records every outcome.
 */
export async function sendDueMessages(db: DbOrTx, transports: MessageTransports, options: SendOptions): Promise<BatchReport> {
  const policy = options.policy ?? MESSAGE_RETRY_POLICY;
  const rows = await claimDueRows(db, notifications, options.batchSize);
  const report: BatchReport = { claimed: rows.length, sent: 0, retrying: 0, failed: 0 };
  if (rows.length === 0) return report;
  const { encryptionKey } = passcodeKeys();
  const sent: string[] = [];
  const failures: FailedTry[] = [];
  await forEachConcurrently(rows, options.concurrency, async (row) => {
    try {
      await transports[row.channel].send(sendable(row, encryptionKey));
      sent.push(row.id);
    } catch (error) {
      failures.push({
        id: row.id,
        attempts: row.attempts,
        error: describeSendError(error),
        permanent: error instanceof PermanentSendError,
      });
    }
  });
  await markSent(db, sent);
  report.sent = sent.length;
  for (const failure of failures) {
    if ((await recordFailedTry(db, notifications, failure, policy)) === 'failed') report.failed += 1;
    else report.retrying += 1;
  }
  return report;
}
