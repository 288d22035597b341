import { loadEnvConfig } from '@next/env';
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { serverEnv } from '../lib/env';
import { closeDb, defaultPgliteDir, getDb } from './client';
import { seedDemo } from './seed';

// The passcode keys live in the environment (.env.local in development), as they do for the server.
loadEnvConfig(process.cwd());

/** Drops everything and seeds the demo again. */
async function main() {
  const url = serverEnv().DATABASE_URL;
  if (url) {
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
    await client.end();
  } else {
    rmSync(defaultPgliteDir(), { recursive: true, force: true });
  }
  const result = await seedDemo(await getDb());
  console.log(`database reset; seeded ${result.shipments} shipments`);
  await closeDb();
}

void main();
