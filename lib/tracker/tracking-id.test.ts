import { describe, expect, it } from 'vitest';
import { generateTrackingId } from './tracking-id';

describe('tracking ids', () => {
  it('are "SC" and 12 digits drawn at once from the whole range, leading zeros kept', () => {
    const asked: number[] = [];
    expect(generateTrackingId((max) => (asked.push(max), 42))).toBe('SC000000000042');
    expect(generateTrackingId(() => 999_999_999_999)).toBe('SC999999999999');
    expect(asked).toEqual([1e12]);
  });

  it('differ from one another with the default random source', () => {
    const ids = Array.from({ length: 1000 }, () => generateTrackingId());
    expect(ids.every((id) => /^SC\d{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(1000);
  });
});
