import { closeDb, getDb } from './client';
import { demoCredentials, seedDemo } from './seed';

async function main() {
  const result = await seedDemo(await getDb());
  console.log(result.seeded ? `seeded the demo: ${result.shipments} shipments` : 'demo already seeded; nothing changed');
  console.log(['', 'Demo sign-ins:', ...demoCredentials(), ''].join('\n'));
  await closeDb();
}

void main();
