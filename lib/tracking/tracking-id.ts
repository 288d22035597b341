import { randomInt } from 'node:crypto';

/** A carrier tracking id: "SC" and 12 digits. Uniqueness is the database's unique index. */
export function generateTrackingId(nextInt: (maxExclusive: number) => number = randomInt): string {
  let digits = '';
  for (let i = 0; i < 12; i += 1) digits += String(nextInt(10));
  return `SC${digits}`;
}
