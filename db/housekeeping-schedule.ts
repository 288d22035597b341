import 'server-only';
import { getDb } from './client';
import { deleteExpiredRateRequests } from './queries/api-rate-requests';
import { deleteExpiredAuthRows } from './queries/expired-auth-rows';
import { compactShipmentRollups } from './queries/shipment-rollups';
import { discardExpiredStagedUploads } from './queries/staged-upload-expiry';

const EVERY_MS = 10 * 60 * 1000;

async function runHousekeeping(): Promise<void> {
  try {
    const db = await getDb();
    const now = new Date();
    await discardExpiredStagedUploads(db, now);
    await deleteExpiredAuthRows(db, now);
    await deleteExpiredRateRequests(db, now);
    await compactShipmentRollups(db);
  } catch (error) {
    console.error('housekeeping failed; trying again at the next run', error);
  }
}

/**
 * Discards expired staged uploads, deletes ended sessions, throttle rows and expired API rate quotes, and
 * merges the shipment rollups' delta rows, now and every 10 minutes,
 * whether or not anyone uses the portal. Every instance runs it; each step is one idempotent statement,
 * so that is harmless. Does not keep the process alive.
 */
export function startHousekeeping(): NodeJS.Timeout {
  void runHousekeeping();
  return setInterval(() => void runHousekeeping(), EVERY_MS).unref();
}
