import { describe, expect, it } from 'vitest';
import { signInCodeMessages } from './sign-in-code';
import { SECRET_PLACEHOLDER } from './types';

describe('signInCodeMessages', () => {
  it('writes an SMS and an e-mail with the code only as a placeholder, never in the subject', () => {
    const messages = signInCodeMessages({ email: 'emma@example.com', phone: '+447700900123' });
    expect(messages.map((m) => [m.channel, m.to])).toEqual([
      ['sms', '+447700900123'],
      ['email', 'emma@example.com'],
    ]);
    for (const m of messages) {
      expect(m.body).toContain(SECRET_PLACEHOLDER);
      expect(m.body).toMatch(/never share this code/i);
      expect(m.body).toContain('10 minutes');
      expect(m.subject ?? '').not.toContain(SECRET_PLACEHOLDER);
      expect(m.secretCiphertext).toBeUndefined();
    }
  });

  it('skips a channel the recipient has no address for', () => {
    expect(signInCodeMessages({ email: 'emma@example.com', phone: null }).map((m) => m.channel)).toEqual(['email']);
    expect(signInCodeMessages({})).toEqual([]);
  });
});
