import { loadEnvConfig } from '@next/env';
import { closeDb, getDb } from './client';
import { rebuildShipmentRollups } from './queries/shipment-rollups';

loadEnvConfig(process.cwd());

/** `npm run db:rollups`: counts every stored shipment into the rollups again. */
async function main() {
  const started = Date.now();
  const rows = await rebuildShipmentRollups(await getDb());
  console.log(`shipment rollups rebuilt: ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await closeDb();
}

void main();
