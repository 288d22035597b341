import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './time-ordered-id';

describe('time-ordered ids', () => {
  it('are version 7 UUIDs, all different, across several refills of the random pool', () => {
    const ids = Array.from({ length: 10_000 }, () => timeOrderedId());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sort by the millisecond they were made in', async () => {
    const first = timeOrderedId();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = timeOrderedId();
    expect(first.slice(0, 13) < second.slice(0, 13)).toBe(true);
    expect(parseInt(second.replace('-', '').slice(0, 12), 16)).toBeLessThanOrEqual(Date.now());
  });
});
