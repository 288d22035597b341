import 'server-only';
import type { DbOrTx } from '../client';
import { type BatchReport, type MessageTransports, sendDueMessages } from './message-sender';
import type { WakeSignal } from './wake-signal';
import { sendDueWebhooks } from './webhook-sender';
import type { RetryPolicy } from '@/lib/outbox/retry-policy';

export interface WorkerOptions {
  db: DbOrTx;
  transports: MessageTransports;
  wake: WakeSignal;
  /** Idle wait between looks at the outbox when no wake-up comes (retries fall due without one). */
  idlePollMs: number;
  allowPrivateNetwork: boolean;
  batchSize?: number;
  concurrency?: number;
  messagePolicy?: RetryPolicy;
  webhookPolicy?: RetryPolicy;
  webhookTimeoutMs?: number;
}

export interface OutboxWorker {
  /** Stops taking work, lets the sends in flight finish and be recorded, then resolves. */
  stop(): Promise<void>;
}

const ERROR_PAUSE_MS = 2_000;

/** A failure as one log line: drizzle's "Failed query: …" names the statement, its cause says why. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message.split('\n')[0]!.slice(0, 200)}${cause}`;
}

/**
 * The outbox worker: two lanes, recipient messages and webhook deliveries, each sending until stopped, so a
 * slow shipper endpoint never holds up a passcode. A full batch is followed at once by the next; an empty
 * round waits for a wake-up (NOTIFY) or `idlePollMs`. A database error pauses a lane briefly; neither
 * exits on its own.
 */
export function startOutboxWorker(options: WorkerOptions): OutboxWorker {
  const batchSize = options.batchSize ?? 100;
  const concurrency = options.concurrency ?? 32;
  let running = true;
  const lane = async (round: () => Promise<BatchReport>) => {
    while (running) {
      const seen = options.wake.generation();
      try {
        if ((await round()).claimed < batchSize && running) await options.wake.wait(options.idlePollMs, seen);
      } catch (error) {
        console.error(`outbox worker: ${describeFailure(error)}; trying again shortly`);
        if (running) await options.wake.wait(ERROR_PAUSE_MS, Infinity);
      }
    }
  };
  const lanes = Promise.all([
    lane(() => sendDueMessages(options.db, options.transports, { batchSize, concurrency, policy: options.messagePolicy })),
    lane(() =>
      sendDueWebhooks(options.db, {
        batchSize,
        concurrency,
        policy: options.webhookPolicy,
        allowPrivateNetwork: options.allowPrivateNetwork,
        timeoutMs: options.webhookTimeoutMs,
      }),
    ),
  ]);
  return {
    stop: async () => {
      running = false;
      await options.wake.close();
      await lanes;
    },
  };
}
