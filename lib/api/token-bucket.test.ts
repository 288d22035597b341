import { describe, expect, it } from 'vitest';
import { secondsUntilToken, tokensAt } from './token-bucket';

const LIMIT = { perSecond: 80, burst: 100 };
const T0 = new Date('2026-05-01T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('tokensAt', () => {
  it.each([
    ['no time passed', 3, 0, 3],
    ['a quarter second at 80/s', 0, 250, 20],
    ['a long pause, capped at the burst', 0, 60_000, 100],
    ['a full bucket stays full', 100, 1000, 100],
    ['a clock that went back refills nothing', 5, -1000, 5],
  ])('%s', (_, tokens, ms, expected) => {
    expect(tokensAt({ tokens, refilledAt: T0 }, later(ms), LIMIT)).toBeCloseTo(expected, 9);
  });
});

describe('secondsUntilToken', () => {
  it.each([
    ['an empty bucket at 80/s', 0, LIMIT, 1],
    ['an empty bucket at 1/s', 0, { perSecond: 1, burst: 5 }, 1],
    ['a quarter token at 0.25/s', 0.25, { perSecond: 0.25, burst: 5 }, 3],
    ['an empty bucket at one token a minute', 0, { perSecond: 1 / 60, burst: 5 }, 60],
    ['a bucket that has a token already', 2, LIMIT, 1],
  ])('%s', (_, tokens, limit, expected) => {
    expect(secondsUntilToken(tokens, limit)).toBe(expected);
  });
});
