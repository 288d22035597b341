/** Warm p50/p95 of each query scenario, and EXPLAIN ANALYZE of the statements of the slowest. */
import type { Logger } from 'drizzle-orm';
import { type Captured, type Connection, explainStatements } from './bench-targets';
import type { Scenario } from './query-scenarios';

export interface Timed {
  scenario: Scenario;
  p50: number;
  p95: number;
}

/** Drizzle's logger for the bench's connections: keeps the statements a scenario runs while capturing. */
export class StatementCapture {
  private captured: Captured[] = [];
  private capturing = false;
  readonly logger: Logger = {
    logQuery: (query, params) => {
      if (this.capturing) this.captured.push({ query, params });
    },
  };

  async statementsOf(run: () => Promise<unknown>): Promise<Captured[]> {
    this.captured = [];
    this.capturing = true;
    try {
      await run();
    } finally {
      this.capturing = false;
    }
    return this.captured;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(scenario: Scenario, warmup: number, runs: number): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i += 1) await scenario.run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await scenario.run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Times each scenario in turn and prints its line beside the p95 target, if it has one. */
export async function timeScenarios(
  list: Scenario[],
  options: { warmup: number; runs: number; targetMs: number | null },
  log: (s: string) => void,
): Promise<Timed[]> {
  const target = options.targetMs === null ? 'no target' : `≤ ${options.targetMs} ms`;
  const results: Timed[] = [];
  for (const scenario of list) {
    const figures = await time(scenario, options.warmup, options.runs);
    results.push({ scenario, ...figures });
    log(`  ${scenario.name.padEnd(56)} ${figures.p50.toFixed(1).padStart(8)} ${figures.p95.toFixed(1).padStart(8)}  ${target}`);
  }
  return results;
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement the slowest scenario reads with. */
export async function explainSlowest(
  conn: Connection,
  capture: StatementCapture,
  results: Timed[],
  log: (s: string) => void,
): Promise<void> {
  if (results.length === 0) return;
  const slowest = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  log(`\nEXPLAIN (ANALYZE, BUFFERS) of the slowest, "${slowest.scenario.name}" (p95 ${slowest.p95.toFixed(1)} ms)`);
  const statements = await capture.statementsOf(slowest.scenario.run);
  await explainStatements(conn, statements, log);
}
