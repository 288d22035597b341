import type { z } from 'zod';

/** A short tuple of strings as one URL-safe token (a keyset cursor in a link). */
export function encodeUrlToken(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The tuple a token holds when it has the expected shape; null for anything unreadable or else. */
export function decodeUrlToken<T>(token: string, shape: z.ZodType<T>): T | null {
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
