import { randomInt } from 'node:crypto';

const TWELVE_DIGITS = 1e12;

/** A carrier tracking id: "SC" and 12 digits. Uniqueness is the database's unique index. */
export function generateTrackingId(nextInt: (maxExclusive: number) => number = randomInt): string {
  // One draw for all 12 digits: a 100,000-package upload spent over a second on digit-by-digit draws.
  return `SC${String(nextInt(TWELVE_DIGITS)).padStart(12, '0')}`;
}
