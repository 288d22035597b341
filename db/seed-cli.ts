import { loadEnvConfig } from '@next/env';
import { closeDb, getDb } from './client';
import { demoCredentials, seedDemo } from './seed';
import { seedDemoApiKeys } from './seed-api-keys';

// The passcode keys live in the environment (.env.local in development), as they do for the server.
loadEnvConfig(process.cwd());

async function main() {
  const db = await getDb();
  const result = await seedDemo(db);
  const apiKeyLines = await seedDemoApiKeys(db);
  console.log(result.seeded ? `seeded the demo: ${result.shipments} shipments` : 'demo already seeded; nothing changed');
  console.log(['', 'Demo sign-ins:', ...demoCredentials(), ...apiKeyLines, ''].join('\n'));
  await closeDb();
}

void main();
