import { z } from 'zod';
import { decodeUrlToken, encodeUrlToken } from '../http/url-token';

export const PACKAGES_PER_PAGE = 10;

/**
 * The edge of a page of Recipient Central's package list, which runs newest event first: a package's last
 * event as the database writes it (to the microsecond, which a Date would round) and its tracking id,
 * which the recipient already reads (unlike the shipment's internal id).
 */
export interface PackageCursor {
  lastEventAt: string;
  trackingId: string;
}

/** The packages older than one edge, or newer than another; neither is the newest page. */
export interface PackagePageQuery {
  older: PackageCursor | null;
  newer: PackageCursor | null;
}

export const NEWEST_PACKAGES: PackagePageQuery = { older: null, newer: null };

const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const TRACKING_ID_TEXT = /^[\x21-\x7e]{1,64}$/;
const MAX_TOKEN = 200;

const cursorShape = z.tuple([z.string().regex(TIMESTAMP_TEXT), z.string().regex(TRACKING_ID_TEXT)]);

export function encodePackageCursor(cursor: PackageCursor): string {
  return encodeUrlToken([cursor.lastEventAt, cursor.trackingId]);
}

export function decodePackageCursor(token: string): PackageCursor | null {
  if (token.length > MAX_TOKEN) return null;
  const tuple = decodeUrlToken(token, cursorShape);
  return tuple ? { lastEventAt: tuple[0], trackingId: tuple[1] } : null;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The page a link asks for; anything unreadable opens the newest packages. */
export function parsePackagePageQuery(params: SearchParams): PackagePageQuery {
  const cursorOf = (key: 'older' | 'newer') => {
    const value = params[key];
    const token = Array.isArray(value) ? value[0] : value;
    return token ? decodePackageCursor(token) : null;
  };
  const older = cursorOf('older');
  return { older, newer: older ? null : cursorOf('newer') };
}

export function packagePageHref(edge: { older: PackageCursor } | { newer: PackageCursor }): string {
  return 'older' in edge ? `/recipient?older=${encodePackageCursor(edge.older)}` : `/recipient?newer=${encodePackageCursor(edge.newer)}`;
}
