import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll } from 'vitest';
import { closeDb } from '@/db/client';

// Each test file gets its own database: in-memory PGlite by default, or a fresh database on the
// PostgreSQL server named by DATABASE_URL (dropped afterwards).
const serverUrl = process.env.DATABASE_URL;
let dropDatabase: (() => Promise<void>) | null = null;

if (serverUrl) {
  const name = `sc_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
} else {
  process.env.PGLITE_DIR = 'memory://';
}

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});
