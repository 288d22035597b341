import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clearThresholdInputSchema, thresholdInputSchema, thresholdSchemaWith } from './threshold-input';

describe('threshold input', () => {
  it.each([
    ['400', 40000],
    ['99.5', 9950],
    ['0.01', 1],
    ['1000000', 100_000_000],
    ['1000000.00', 100_000_000],
  ])('accepts %s as %i minor units', (amount, minor) => {
    expect(thresholdInputSchema.parse({ marketplace: 'IN', amount })).toEqual({ marketplace: 'IN', amount: minor });
  });

  it.each([
    ['-1', 'negative'],
    ['0', 'more than 0'],
    ['12.345', 'more than 2 decimal places'],
    ['1e309', 'digits'],
    ['abc', 'digits'],
    ['', 'empty'],
    ['   ', 'digits'],
    [' 12', 'digits'],
    ['1000000.01', 'at most 1,000,000'],
    ['9'.repeat(40), 'at most 1,000,000'],
    [Number.POSITIVE_INFINITY, 'decimal number'],
    [12, 'decimal number'],
    [null, 'decimal number'],
  ])('refuses %j with a message naming the field', (amount, fragment) => {
    const result = thresholdInputSchema.safeParse({ marketplace: 'IN', amount });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['amount']);
    expect(issue.message).toMatch(/^IN threshold: /);
    expect(issue.message).toContain(fragment);
  });

  it('refuses extra fields (a currency, an account) and unknown marketplaces', () => {
    expect(thresholdInputSchema.safeParse({ marketplace: 'UK', amount: '10', currency: 'INR' }).success).toBe(false);
    expect(thresholdInputSchema.safeParse({ marketplace: 'UK', amount: '10', accountId: 'x' }).success).toBe(false);
    expect(thresholdInputSchema.safeParse({ marketplace: 'US', amount: '10' }).success).toBe(false);
    expect(clearThresholdInputSchema.safeParse({ marketplace: 'UK', accountId: 'x' }).success).toBe(false);
  });

  it('extends with extra fields for the manager', () => {
    const schema = thresholdSchemaWith({ accountId: z.uuid() });
    const accountId = '4f0c7c8e-6d8a-4c0e-9a51-5b2f2f0f6a10';
    expect(schema.parse({ accountId, marketplace: 'FR', amount: '150' })).toEqual({ accountId, marketplace: 'FR', amount: 15000 });
    expect(schema.safeParse({ marketplace: 'FR', amount: '150' }).success).toBe(false);
  });
});
