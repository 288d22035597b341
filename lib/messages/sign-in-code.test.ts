import { describe, expect, it } from 'vitest';
import { originBoundLine, signInCodeMessages } from './sign-in-code';
import { SECRET_PLACEHOLDER } from './types';

const UK = { locale: 'en-GB', timeZone: 'Europe/London' };
const HOST = 'recipients.example.com';

describe('signInCodeMessages', () => {
  it('writes an SMS and an e-mail with the code only as a placeholder, never in the subject', () => {
    const messages = signInCodeMessages({ email: 'emma@example.com', phone: '+447700900123' }, UK, HOST);
    expect(messages.map((m) => [m.channel, m.to])).toEqual([
      ['sms', '+447700900123'],
      ['email', 'emma@example.com'],
    ]);
    for (const m of messages) {
      expect(m.body).toContain(SECRET_PLACEHOLDER);
      expect(m.body).toMatch(/never share (this code|it) with anyone/i);
      expect(m.body).toContain('10 minutes');
      expect(m.subject ?? '').not.toContain(SECRET_PLACEHOLDER);
      expect(m.secretCiphertext).toBeUndefined();
    }
  });

  it('ends the SMS with the origin-bound line of the host, and only the SMS', () => {
    const [sms, email] = signInCodeMessages({ email: 'emma@example.com', phone: '+447700900123' }, UK, HOST);
    expect(originBoundLine(HOST)).toBe(`@${HOST} #${SECRET_PLACEHOLDER}`);
    expect(sms!.body.split('\n').at(-1)).toBe(`@recipients.example.com #${SECRET_PLACEHOLDER}`);
    expect(sms!.body.startsWith(`${SECRET_PLACEHOLDER} is your Recipient Central sign-in code`)).toBe(true);
    expect(email!.body).not.toContain(`@${HOST}`);
  });

  it('speaks the language it is given', () => {
    const [sms, email] = signInCodeMessages(
      { email: 'marie@example.fr', phone: '+33639981234' },
      { locale: 'fr-FR', timeZone: 'Europe/Paris' },
      HOST,
    );
    expect(sms!.body).toContain('est votre code de connexion à Recipient Central');
    expect(sms!.body.split('\n').at(-1)).toBe(originBoundLine(HOST));
    expect(email!.subject).toBe('Votre code de connexion à Recipient Central');
    expect(email!.body.startsWith('Bonjour,\n\n')).toBe(true);
  });

  it('skips a channel the recipient has no address for', () => {
    expect(signInCodeMessages({ email: 'emma@example.com', phone: null }, UK, HOST).map((m) => m.channel)).toEqual(['email']);
    expect(signInCodeMessages({}, UK, HOST)).toEqual([]);
  });
});
