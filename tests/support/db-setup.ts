import { afterAll } from 'vitest';
import { closeDb } from '@/db/client';
import { createScratchDatabase } from '@/db/scratch-database';

// Each test file gets its own database: in-memory PGlite by default, or a fresh database on the
// PostgreSQL server named by DATABASE_URL (dropped afterwards).
const serverUrl = process.env.DATABASE_URL;
let dropDatabase: (() => Promise<void>) | null = null;

if (serverUrl) {
  const scratch = await createScratchDatabase(serverUrl, 'sc_test');
  process.env.DATABASE_URL = scratch.url;
  dropDatabase = scratch.drop;
} else {
  process.env.PGLITE_DIR = 'memory://';
}

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});
