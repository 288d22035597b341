/**
 * The bench as the carrier's SMS gateway and mail server: the outbox's due messages go out through the
 * outbox's own sender (secrets unsealed in memory, rows marked sent) to transports that keep them, so a
 * server started afterwards finds nothing to send and the bench can read what a phone would receive.
 */
import type { Db } from '../../db/client';
import { sendDueMessages } from '../../db/outbox/message-sender';
import type { MessageTransport, SendableMessage } from '../../lib/messages/transport';

export async function deliverOutbox(db: Db): Promise<SendableMessage[]> {
  const delivered: SendableMessage[] = [];
  const kept: MessageTransport = {
    name: 'log',
    send: async (message) => void delivered.push(message),
  };
  for (;;) {
    const report = await sendDueMessages(db, { sms: kept, email: kept }, { batchSize: 500, concurrency: 8 });
    if (report.claimed === 0) return delivered;
  }
}
