import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail } from './mask-address';

describe('maskEmail', () => {
  it.each([
    ['jane.doe@example.com', 'j•••@example.com'],
    ['j@example.com', 'j•••@example.com'],
    ['@example.com', '•••@example.com'],
    ['odd@name@example.com', 'o•••@example.com'],
    ['no-at-sign', '•••'],
    ['', '•••'],
  ])('masks %j as %j', (address, masked) => {
    expect(maskEmail(address)).toBe(masked);
  });
});

describe('maskAddress', () => {
  it('masks a phone like the tracker and an e-mail to its first letter and domain', () => {
    expect(maskAddress('sms', '+447700900123', 'UK')).toBe('+44 •••• ••• 123');
    expect(maskAddress('sms', '+919876543210', 'IN')).toBe('+91 •••• ••• 210');
    expect(maskAddress('email', 'ananya@example.in', 'IN')).toBe('a•••@example.in');
  });

  it('never returns the local part or the full number', () => {
    expect(maskAddress('email', 'secret.person@example.com', null)).not.toContain('secret');
    expect(maskAddress('sms', '+447700900123', null)).not.toContain('7700900');
  });
});
