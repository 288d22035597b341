import { describe, expect, it } from 'vitest';
import { maskIdentifier } from './mask-identifier';

describe('maskIdentifier', () => {
  it.each([
    ['shipper.uk@brightgadgets.example', 'sh***@brightgadgets.example'],
    ['bob@example.com', 'b***@example.com'],
    ['@example.com', '***@example.com'],
    ['+447700900123', '+44******0123'],
    ['+919876543210', '+91******3210'],
    ['07700 900123', '***'],
    ['not an identifier', '***'],
  ])('masks %j as %j', (identifier, masked) => {
    expect(maskIdentifier(identifier)).toBe(masked);
  });
});
