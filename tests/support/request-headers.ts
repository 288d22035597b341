import { vi } from 'vitest';

/**
 * The request every server action under test sees through `next/headers`: a same-origin browser request
 * unless a test sets another (e.g. a cross-site Origin).
 */
export const SAME_ORIGIN_HEADERS = { host: 'portal.test', origin: 'http://portal.test' };
export const testRequest = { headers: new Headers(SAME_ORIGIN_HEADERS), cookies: new Map<string, string>() };

export function setRequestHeaders(headers: Record<string, string>): void {
  testRequest.headers = new Headers(headers);
}

/** The request's cookies, by name (none unless a test sets them). */
export function setRequestCookies(cookies: Record<string, string>): void {
  testRequest.cookies = new Map(Object.entries(cookies));
}

vi.mock('next/headers', () => ({
  headers: async () => testRequest.headers,
  cookies: async () => ({
    get: (name: string) => (testRequest.cookies.has(name) ? { name, value: testRequest.cookies.get(name)! } : undefined),
    getAll: () => [...testRequest.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => testRequest.cookies.has(name),
  }),
}));
