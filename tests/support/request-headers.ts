import { vi } from 'vitest';

/**
 * The request every server action under test sees through `next/headers`: a same-origin browser request
 * unless a test sets another (e.g. a cross-site Origin).
 */
export const SAME_ORIGIN_HEADERS = { host: 'portal.test', origin: 'http://portal.test' };
export const testRequest = { headers: new Headers(SAME_ORIGIN_HEADERS) };

export function setRequestHeaders(headers: Record<string, string>): void {
  testRequest.headers = new Headers(headers);
}

vi.mock('next/headers', () => ({
  headers: async () => testRequest.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
