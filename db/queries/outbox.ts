import 'server-only';
import type { OutgoingMessage } from '@/lib/messages/types';
import type { Tx } from '../client';
import { notifications } from '../schema';

/**
 * Queues messages in the outbox inside the transaction of the change that causes them: they exist if and
 * only if it commits, whatever happens to the process afterwards. The outbox worker sends them.
 */
export async function enqueueMessages(tx: Tx, messages: readonly OutgoingMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.insert(notifications).values(
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
