import { prepareClusterDatabase } from './cluster-database';
import { clusterSecrets } from './cluster-secrets';
import { startInstance } from './instance';
import { runCommand } from './run-command';

/** The cluster's own build, so it never collides with `.next` or the main e2e build. */
export const CLUSTER_DIST_DIR = '.next-cluster';

export interface ClusterOptions {
  ports: readonly number[];
  /** A PostgreSQL database to use as it is; unset: a scratch database, dropped at stop. */
  databaseUrl?: string;
  /** Run `next build` first (false: reuse the last build in CLUSTER_DIST_DIR). */
  build: boolean;
  seed: boolean;
}

export interface Cluster {
  urls: string[];
  databaseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Several portal instances on one PostgreSQL database, as production runs them: the same build, the
 * same secrets, migrations run once before any instance starts. Demo mode (loopback only) so tests
 * can read sign-in codes on /messages.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(await clusterSecrets()),
    NEXT_DIST_DIR: CLUSTER_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const [prepared, built] = await Promise.allSettled([
    prepareClusterDatabase({ databaseUrl: options.databaseUrl, seed: options.seed, env }),
    options.build ? runCommand('npx', ['next', 'build'], env) : Promise.resolve(),
  ]);
  if (prepared.status === 'rejected') throw prepared.reason;
  const database = prepared.value;
  if (built.status === 'rejected') {
    await database.release();
    throw built.reason;
  }
  const serverEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production', DEMO_INBOX: '1', DATABASE_URL: database.url };
  const started = await Promise.allSettled(options.ports.map((port) => startInstance(port, serverEnv)));
  const instances = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.release();
  };
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  return { urls: instances.map((instance) => instance.url), databaseUrl: database.url, stop };
}
