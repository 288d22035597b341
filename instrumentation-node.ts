import { getDb } from './db/client';
import { readServerSecrets } from './lib/env';

/** Start-up of the Node.js server: refuse to run without secrets, then migrate the database. */
export async function startNodeServer(): Promise<void> {
  if (process.env.NODE_ENV === 'production') {
    try {
      readServerSecrets();
    } catch (error) {
      // Fail closed: a production server without its secrets exits instead of serving.
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
  }
  await getDb();
}
