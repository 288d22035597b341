import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it.each([
    ['0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b', true],
    ['0190A3C4-5B6D-7E8F-9A0B-1C2D3E4F5A6B', true],
    ['00000000-0000-0000-0000-000000000000', true],
    ['0190a3c45b6d7e8f9a0b1c2d3e4f5a6b', false],
    ['0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6', false],
    ['0190a3c4-5b6d-7e8f-9a0b1-c2d3e4f5a6b', false],
    ['0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6g', false],
    [' 0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
