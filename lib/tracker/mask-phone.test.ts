import { describe, expect, it } from 'vitest';
import { maskPhone } from './mask-phone';

describe('the phone a shipper reads', () => {
  it.each([
    ['07700 900123', 'UK', '+44 •••• ••• 123'],
    ['+33 6 12 34 56 78', 'FR', '+33 •••• ••• 678'],
    ['+39 312 345 6789', 'IT', '+39 •••• ••• 789'],
    ['0034 612 34 56 78', 'ES', '+34 •••• ••• 678'],
    ['98765 43210', 'IN', '+91 •••• ••• 210'],
  ])('a valid mobile %s in %s is masked to its prefix and last 3 digits', (phone, marketplace, masked) => {
    expect(maskPhone(phone, marketplace)).toBe(masked);
  });

  it.each([
    ['12345', 'UK'],
    ['020 7946 0958', 'UK'],
    ['+91 98765 43210', 'UK'],
    ['CALL ME', 'FR'],
  ])('%s, not a valid mobile in %s, is shown as the shipper entered it and says so', (phone, marketplace) => {
    expect(maskPhone(phone, marketplace)).toBe(`${phone} (not a valid mobile)`);
  });

  it('shows a blank phone as missing', () => {
    expect(maskPhone('  ', 'UK')).toBe('—');
  });

  it('masks a number whose marketplace has no mobile rule, as it cannot be judged', () => {
    expect(maskPhone('+447700900123', null)).toBe('+44 •••• ••• 123');
    expect(maskPhone('+447700900123', 'DE')).toBe('+44 •••• ••• 123');
  });
});
