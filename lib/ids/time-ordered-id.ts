import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

// Random bytes drawn 64 KiB at a time: one draw per id cost half a second per 100,000 ids.
const pool = new Uint8Array(64 * 1024);
let used = pool.length;

function sixteenRandomBytes(): Uint8Array {
  if (used + 16 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += 16;
  return pool.subarray(used - 16, used);
}

/** A UUIDv7: ordered by creation time to the millisecond, random within it. */
export function timeOrderedId(): string {
  return v7({ random: sixteenRandomBytes() });
}
