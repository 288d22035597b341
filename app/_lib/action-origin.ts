import 'server-only';
import { headers } from 'next/headers';
import { isSameOriginRequest } from '@/lib/http/same-origin';

/**
 * Server actions are POSTs anyone can craft: Next.js refuses a foreign Origin but lets a request with no
 * Origin through. Every action asks this first, so a request that names neither our origin nor
 * Sec-Fetch-Site: same-origin changes nothing.
 */
export async function isSameOriginAction(): Promise<boolean> {
  return isSameOriginRequest(await headers());
}

export const CROSS_SITE_REFUSAL = 'This request did not come from a Shipper Central page and was refused.';
