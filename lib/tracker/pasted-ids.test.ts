import { describe, expect, it } from 'vitest';
import { idsNotFound, summariseNotFound } from './pasted-ids';

describe('pasted ids not found', () => {
  const found = [
    { trackingId: 'SC000000000001', clientRef: 'REF-1' },
    { trackingId: 'SC000000000002', clientRef: 'ref-two' },
  ];

  it('keeps, in pasted order, the ids matching no tracking id (any case) and no client reference (exact)', () => {
    expect(idsNotFound(['sc000000000001', 'NOPE', 'REF-1', 'REF-TWO', 'ref-two', 'SC000000000002', 'x'], found)).toEqual([
      'NOPE',
      'REF-TWO',
      'x',
    ]);
    expect(idsNotFound(['A', 'B'], [])).toEqual(['A', 'B']);
    expect(idsNotFound([], found)).toEqual([]);
  });

  it('names the first few and counts the rest', () => {
    expect(summariseNotFound(['A', 'B'])).toEqual({ count: 2, shown: ['A', 'B'], more: 0 });
    const many = Array.from({ length: 12 }, (_, i) => `ID-${i + 1}`);
    expect(summariseNotFound(many)).toEqual({ count: 12, shown: many.slice(0, 5), more: 7 });
    expect(summariseNotFound(many.slice(0, 5)).more).toBe(0);
  });
});
