import 'server-only';
import type { OutgoingMessage } from '@/lib/messages/types';
import type { DbOrTx } from '../client';
import { notifications } from '../schema';

/**
 * Queues messages in the outbox. Call it after the transaction that caused them has committed, so a
 * rolled-back change never sends anything.
 */
export async function enqueueMessages(db: DbOrTx, messages: readonly OutgoingMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db.insert(notifications).values(
    messages.map((m) => ({
      channel: m.channel,
      toAddress: m.to,
      template: m.template,
      subject: m.subject ?? null,
      body: m.body,
      accountId: m.accountId ?? null,
      shipmentId: m.shipmentId ?? null,
      passcodeId: m.passcodeId ?? null,
      secretCiphertext: m.secretCiphertext ?? null,
    })),
  );
}
