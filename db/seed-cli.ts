import { loadEnvConfig } from '@next/env';
import { closeDb, getDb } from './client';
import { demoCredentials, seedDemo } from './seed';

// The passcode keys live in the environment (.env.local in development), as they do for the server.
loadEnvConfig(process.cwd());

async function main() {
  const result = await seedDemo(await getDb());
  console.log(result.seeded ? `seeded the demo: ${result.shipments} shipments` : 'demo already seeded; nothing changed');
  console.log(['', 'Demo sign-ins:', ...demoCredentials(), ''].join('\n'));
  await closeDb();
}

void main();
