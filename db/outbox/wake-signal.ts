import 'server-only';
import { Client } from 'pg';

/**
 * "There may be new work": a NOTIFY from PostgreSQL, or only the passing of time (PGlite, where the
 * worker's short poll is the signal). Several lanes of one worker wait on it at once.
 */
export interface WakeSignal {
  /** How many wake-ups so far: a lane notes it before a round, so a wake-up during the round is not lost. */
  generation(): number;
  /** Resolves at once if woken since `since`, else at the next wake-up or after `ms`, whichever is first. */
  wait(ms: number, since: number): Promise<void>;
  close(): Promise<void>;
}

const RECONNECT_MS = 1_000;

function wakeups(): WakeSignal & { wake(): void } {
  const waiters = new Set<() => void>();
  let count = 0;
  let closed = false;
  const wake = () => {
    count += 1;
    for (const waiter of [...waiters]) waiter();
  };
  return {
    wake,
    generation: () => count,
    wait: (ms, since) =>
      new Promise((resolve) => {
        if (closed || count > since) return resolve();
        const done = () => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        waiters.add(done);
      }),
    close: async () => {
      closed = true;
      wake();
    },
  };
}

/** A wake signal that only times out: for PGlite, where every lane polls. */
export function pollingWakeSignal(): WakeSignal {
  const { generation, wait, close } = wakeups();
  return { generation, wait, close };
}

/**
 * LISTEN outbox on a dedicated connection (a pooled one would lose its LISTEN when returned). A lost
 * connection is re-opened after a second; meanwhile the worker's poll keeps it going.
 */
export function listeningWakeSignal(connectionString: string): WakeSignal {
  const signal = wakeups();
  let client: Client | null = null;
  let closed = false;
  const connect = async () => {
    if (closed) return;
    const c = new Client({ connectionString });
    c.on('notification', signal.wake);
    c.on('error', () => undefined);
    c.on('end', () => {
      if (!closed) setTimeout(() => void connect(), RECONNECT_MS).unref();
    });
    try {
      await c.connect();
      await c.query('listen outbox');
      client = c;
      signal.wake();
    } catch (error) {
      console.error(`outbox worker: LISTEN failed (${(error as Error).message}); polling until it reconnects`);
      await c.end().catch(() => undefined);
    }
  };
  void connect();
  return {
    generation: signal.generation,
    wait: signal.wait,
    close: async () => {
      closed = true;
      await signal.close();
      await client?.end().catch(() => undefined);
    },
  };
}
