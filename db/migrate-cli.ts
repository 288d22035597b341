import { closeDb, databaseKind } from './client';

async function main() {
  const kind = await databaseKind();
  console.log(`migrations applied (${kind})`);
  await closeDb();
}

void main();
