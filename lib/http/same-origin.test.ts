import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './same-origin';

const request = (headers: Record<string, string>) => new Headers({ host: 'portal.example', ...headers });

describe('same-origin requests', () => {
  it('accept our own origin, or a same-origin fetch without an Origin header', () => {
    expect(isSameOriginRequest(request({ origin: 'https://portal.example' }))).toBe(true);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOriginRequest(request({ origin: 'https://portal.example', 'x-forwarded-host': 'portal.example' }))).toBe(true);
  });

  it('refuse another origin, a null origin, and a request that names neither', () => {
    expect(isSameOriginRequest(request({ origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOriginRequest(request({ origin: 'null' }))).toBe(false);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(isSameOriginRequest(request({}))).toBe(false);
  });

  it('compare with the forwarded host, which only a trusted proxy can set (server.js drops it otherwise)', () => {
    expect(isSameOriginRequest(request({ origin: 'https://portal.example', 'x-forwarded-host': 'evil.example' }))).toBe(false);
  });
});
