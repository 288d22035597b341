import { describe, expect, it } from 'vitest';
import { marketplaceOfRequest, marketplaceRefusal } from './business-id';

const headers = (value?: string) => new Headers(value === undefined ? {} : { 'x-amzn-shipping-business-id': value });

describe('marketplaceOfRequest', () => {
  it('is UK without the header, the model’s default', () => {
    expect(marketplaceOfRequest(headers())).toEqual({ ok: true, marketplace: 'UK' });
  });

  it.each([
    ['AmazonShipping_UK', 'UK'],
    ['AmazonShipping_IN', 'IN'],
    ['AmazonShipping_IT', 'IT'],
    ['AmazonShipping_ES', 'ES'],
    ['AmazonShipping_FR', 'FR'],
  ])('%s → %s', (value, marketplace) => {
    expect(marketplaceOfRequest(headers(value))).toEqual({ ok: true, marketplace });
  });

  it.each(['AmazonShipping_US', 'AmazonShipping_JP', 'UK', 'amazonshipping_uk', '', 'toString', '__proto__'])('refuses %j', (value) => {
    const result = marketplaceOfRequest(headers(value));
    expect(result).toMatchObject({ ok: false, status: 400, errors: [{ code: 'InvalidInput' }] });
    expect(result.ok ? '' : result.errors[0]!.message).toContain(
      'x-amzn-shipping-business-id: must be one of AmazonShipping_UK, AmazonShipping_IN',
    );
  });
});

describe('marketplaceRefusal', () => {
  it('lets an account act in its own marketplaces only', () => {
    expect(marketplaceRefusal('IN', ['UK', 'IN'])).toBeNull();
    expect(marketplaceRefusal('FR', ['UK', 'IN'])).toEqual({
      ok: false,
      status: 403,
      errors: [
        {
          code: 'Forbidden',
          message: 'x-amzn-shipping-business-id: AmazonShipping_FR is not a marketplace of this account',
          details:
            'This account ships in AmazonShipping_UK, AmazonShipping_IN; send one of them in the x-amzn-shipping-business-id header.',
        },
      ],
    });
  });
});
