import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** `npx tsx` resolved once: spawning the binary itself leaves out npm's own signal forwarding (a second SIGTERM). */
const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const STOP_GRACE_MS = 15_000;

export interface WorkerProcess {
  /** 1-based, as printed in the forwarded output. */
  index: number;
  pid: number;
  child: ChildProcess;
  exited: Promise<number | null>;
}

export interface WorkerGroup {
  workers: WorkerProcess[];
  /** Rejects when a worker exits before `stop()` was called: the run is broken. */
  crashed: Promise<never>;
  /** SIGTERM to each worker (tsx passes it on), then waits for them to exit; SIGKILL after a grace period. */
  stop(): Promise<void>;
}

function forward(stream: NodeJS.ReadableStream | null, prefix: string, write: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream }).on('line', (line) => write(`${prefix} ${line}`));
}

/** Starts `count` outbox workers (`npm run worker` without npm) with `env`, their output forwarded with a prefix. */
export function startWorkers(count: number, env: (index: number) => NodeJS.ProcessEnv, quietStdout = true): WorkerGroup {
  let stopping = false;
  let rejectCrash: (error: Error) => void = () => undefined;
  const crashed = new Promise<never>((_, reject) => {
    rejectCrash = reject;
  });
  // Nobody may be waiting on it when the group stops cleanly.
  crashed.catch(() => undefined);
  const workers: WorkerProcess[] = [];
  for (let index = 1; index <= count; index += 1) {
    const child = spawn(TSX, ['--conditions=react-server', 'db/worker-cli.ts'], {
      env: env(index),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    forward(child.stderr, `[worker ${index}]`, (line) => console.error(line));
    forward(child.stdout, `[worker ${index}]`, (line) => {
      if (!quietStdout) console.log(line);
    });
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code, signal) => {
        if (!stopping) rejectCrash(new Error(`worker ${index} (pid ${child.pid}) exited during the run (code ${code}, signal ${signal})`));
        resolve(code);
      });
      child.once('error', (error) => {
        rejectCrash(new Error(`worker ${index} could not start: ${error.message}`));
        resolve(null);
      });
    });
    workers.push({ index, pid: child.pid ?? -1, child, exited });
  }
  return {
    workers,
    crashed,
    stop: async () => {
      stopping = true;
      const running = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
      for (const w of running) w.child.kill('SIGTERM');
      const codes = await Promise.all(
        running.map(async (w) => {
          const timer = setTimeout(() => w.child.kill('SIGKILL'), STOP_GRACE_MS);
          const code = await w.exited;
          clearTimeout(timer);
          return { w, code };
        }),
      );
      for (const { w, code } of codes) {
        if (code !== 0) console.error(`[worker ${w.index}] exited with code ${code} after SIGTERM`);
      }
    },
  };
}

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of one process from /proc (Linux), or null when it cannot be read. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** CPU seconds of a process and all its descendants (tsx runs the worker in a child node process). */
export function treeCpuSeconds(root: number): number | null {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += cpuSeconds(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Busy and total CPU seconds of the whole machine so far (/proc/stat), or null off Linux. */
export function machineCpu(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const values = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = values[3]! + (values[4] ?? 0);
    const total = values.reduce((a, b) => a + b, 0);
    return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}
