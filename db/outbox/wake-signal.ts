import 'server-only';
import { Client } from 'pg';

/** Something that says "there may be new work": a NOTIFY from PostgreSQL, or nothing (then the worker polls). */
export interface WakeSignal {
  /** Resolves at the next wake-up or after `ms`, whichever is first. */
  wait(ms: number): Promise<void>;
  close(): Promise<void>;
}

const RECONNECT_MS = 1_000;

/** A wake signal that only times out: for PGlite, where the worker's short poll is the signal. */
export function pollingWakeSignal(): WakeSignal {
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | null = null;
  return {
    wait: (ms) =>
      new Promise((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, ms);
      }),
    close: async () => {
      if (timer) clearTimeout(timer);
      wake?.();
    },
  };
}

/**
 * LISTEN outbox on a dedicated connection (a pooled one would lose its LISTEN when returned). A lost
 * connection is re-opened after a second; meanwhile the worker's poll keeps it going.
 */
export function listeningWakeSignal(connectionString: string): WakeSignal {
  let waiter: (() => void) | null = null;
  let pendingWake = false;
  let client: Client | null = null;
  let closed = false;
  const wake = () => {
    if (waiter) {
      const w = waiter;
      waiter = null;
      w();
    } else pendingWake = true;
  };
  const connect = async () => {
    if (closed) return;
    const c = new Client({ connectionString });
    c.on('notification', wake);
    c.on('error', () => undefined);
    c.on('end', () => {
      if (!closed) setTimeout(() => void connect(), RECONNECT_MS).unref();
    });
    try {
      await c.connect();
      await c.query('listen outbox');
      client = c;
      wake();
    } catch (error) {
      console.error(`outbox worker: LISTEN failed (${(error as Error).message}); polling until it reconnects`);
      await c.end().catch(() => undefined);
    }
  };
  void connect();
  return {
    wait: (ms) =>
      new Promise((resolve) => {
        if (pendingWake) {
          pendingWake = false;
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          waiter = null;
          resolve();
        }, ms);
        waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    close: async () => {
      closed = true;
      wake();
      await client?.end().catch(() => undefined);
    },
  };
}
