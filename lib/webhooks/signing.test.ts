import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, signedHeaders } from './signing';

const body = JSON.stringify({ type: 'shipment.delivered', timestamp: '2025-06-02T10:00:00.000Z', data: { trackingId: 'TBA1' } });

/** What a receiver does with the library's own verifier; throws when it refuses. */
const verify = (secret: string, payload: string, headers: Record<string, string>) => new Webhook(secret).verify(payload, headers);

describe('webhook secrets', () => {
  it('are a whsec_ secret of 32 random bytes, different every time', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});

describe('signed headers', () => {
  const secret = generateWebhookSecret();
  const messageId = 'msg_2b1f0c8e7a6d4e5f9a3b2c1d0e9f8a7b';

  it('carry the id, the time in whole seconds and one v1 signature', () => {
    const headers = signedHeaders({ messageId, timestamp: new Date('2025-06-02T10:00:00.999Z'), body, secrets: [secret] });
    expect(headers['webhook-id']).toBe(messageId);
    expect(headers['webhook-timestamp']).toBe('1748858400');
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it('verify at the receiver', () => {
    const headers = signedHeaders({ messageId, timestamp: new Date(), body, secrets: [secret] });
    expect(verify(secret, body, headers)).toEqual(JSON.parse(body));
  });

  it('do not verify a tampered body', () => {
    const headers = signedHeaders({ messageId, timestamp: new Date(), body, secrets: [secret] });
    expect(() => verify(secret, body.replace('TBA1', 'TBA2'), headers)).toThrow('No matching signature found');
  });

  it('do not verify once 6 minutes old (a replay outside the tolerance)', () => {
    const headers = signedHeaders({ messageId, timestamp: new Date(Date.now() - 6 * 60_000), body, secrets: [secret] });
    expect(() => verify(secret, body, headers)).toThrow('Message timestamp too old');
  });

  it('verify with either secret during a rotation, and with no other', () => {
    const next = generateWebhookSecret();
    const headers = signedHeaders({ messageId, timestamp: new Date(), body, secrets: [next, secret] });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verify(next, body, headers)).toEqual(JSON.parse(body));
    expect(verify(secret, body, headers)).toEqual(JSON.parse(body));
    expect(() => verify(generateWebhookSecret(), body, headers)).toThrow('No matching signature found');
  });
});
