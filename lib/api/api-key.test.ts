import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiKeyFromHeaders, describeApiKey, generateApiKey, hashApiKey, isWellFormedApiKey, maskedApiKey } from './api-key';

const KEY = `sc_live_${'A'.repeat(39)}wx-_`;
const OTHER = `sc_live_${'B'.repeat(43)}`;

describe('generateApiKey', () => {
  it('makes sc_live_ and 32 random bytes in base64url, with its shown parts and SHA-256', () => {
    const generated = generateApiKey();
    expect(generated.key).toMatch(/^sc_live_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(generated.key.slice('sc_live_'.length), 'base64url')).toHaveLength(32);
    expect(generated.prefix).toBe(generated.key.slice(0, 12));
    expect(generated.prefix.startsWith('sc_live_')).toBe(true);
    expect(generated.lastFour).toBe(generated.key.slice(-4));
    expect(generated.hash).toBe(createHash('sha256').update(generated.key).digest('hex'));
  });

  it('never makes the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });
});

describe('describeApiKey and hashApiKey', () => {
  it('keep a hash that does not contain the key and differs between keys', () => {
    expect(describeApiKey(KEY)).toEqual({ key: KEY, prefix: 'sc_live_AAAA', lastFour: 'wx-_', hash: hashApiKey(KEY) });
    expect(hashApiKey(KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(KEY)).not.toBe(hashApiKey(OTHER));
  });

  it('show a key as its prefix and last four', () => {
    expect(maskedApiKey('sc_live_Ab12', 'wxyz')).toBe('sc_live_Ab12…wxyz');
  });
});

describe('isWellFormedApiKey', () => {
  it.each([
    ['a generated key', generateApiKey().key, true],
    ['one character short', KEY.slice(0, -1), false],
    ['one character long', `${KEY}A`, false],
    ['another prefix', KEY.replace('sc_live_', 'sc_test_'), false],
    ['standard base64 characters', KEY.replace('wx-_', 'wx+/'), false],
    ['padding', KEY.replace('wx-_', 'wx=='), false],
    ['empty', '', false],
  ])('%s → %s', (_, key, wellFormed) => {
    expect(isWellFormedApiKey(key)).toBe(wellFormed);
  });
});

describe('apiKeyFromHeaders', () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it.each([
    ['x-amz-access-token', { 'x-amz-access-token': KEY }, KEY],
    ['x-amz-access-token with spaces around it', { 'x-amz-access-token': `  ${KEY} ` }, KEY],
    ['Authorization: Bearer', { authorization: `Bearer ${KEY}` }, KEY],
    ['a lower-case scheme and two spaces', { authorization: `bearer  ${KEY}` }, KEY],
    ['both headers naming the same key', { 'x-amz-access-token': KEY, authorization: `Bearer ${KEY}` }, KEY],
    ['the token beside an SDK signature', { 'x-amz-access-token': KEY, authorization: 'AWS4-HMAC-SHA256 Credential=x, Signature=y' }, KEY],
  ])('reads the key from %s', (_, values, expected) => {
    expect(apiKeyFromHeaders(headers(values))).toBe(expected);
  });

  it.each([
    ['no header', {}],
    ['an empty token', { 'x-amz-access-token': '' }],
    ['a malformed token', { 'x-amz-access-token': 'sc_live_short' }],
    ['a bearer with no key', { authorization: 'Bearer' }],
    ['a bearer with two words', { authorization: `Bearer ${KEY} extra` }],
    ['a bearer with a malformed key', { authorization: 'Bearer abc' }],
    ['Basic credentials', { authorization: `Basic ${Buffer.from(`user:${KEY}`).toString('base64')}` }],
    ['the key without a scheme', { authorization: KEY }],
    ['two different keys', { 'x-amz-access-token': KEY, authorization: `Bearer ${OTHER}` }],
    ['a good bearer beside a malformed token', { 'x-amz-access-token': 'nonsense', authorization: `Bearer ${KEY}` }],
  ])('finds no key in %s', (_, values) => {
    expect(apiKeyFromHeaders(headers(values))).toBeNull();
  });
});
