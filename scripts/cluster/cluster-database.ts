import { createScratchDatabase } from '../../db/scratch-database';
import { runCommand } from './run-command';

/** The PostgreSQL server a scratch database is made on when no DATABASE_URL is given. */
const SCRATCH_SERVER = process.env.CLUSTER_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ClusterDatabase {
  url: string;
  /** Drops the database if the harness made it; a given database is left as it is. */
  release: () => Promise<void>;
}

async function databaseToUse(databaseUrl: string | undefined): Promise<ClusterDatabase> {
  if (databaseUrl) return { url: databaseUrl, release: async () => {} };
  const scratch = await createScratchDatabase(SCRATCH_SERVER, 'cluster');
  return { url: scratch.url, release: scratch.drop };
}

/**
 * The database every instance shares, migrated once (instances migrate again at start under an advisory
 * lock, which then finds nothing to do) and, if asked, seeded with the demo (idempotent).
 */
export async function prepareClusterDatabase(options: {
  databaseUrl?: string;
  seed: boolean;
  env: NodeJS.ProcessEnv;
}): Promise<ClusterDatabase> {
  const database = await databaseToUse(options.databaseUrl);
  try {
    const env = { ...options.env, DATABASE_URL: database.url };
    await runCommand('npx', ['tsx', 'db/migrate-cli.ts'], env);
    if (options.seed) await runCommand('npx', ['tsx', 'db/seed-cli.ts'], env);
  } catch (error) {
    await database.release();
    throw error;
  }
  return database;
}
