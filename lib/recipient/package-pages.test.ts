import { describe, expect, it } from 'vitest';
import { decodePackageCursor, encodePackageCursor, NEWEST_PACKAGES, packagePageHref, parsePackagePageQuery } from './package-pages';

const cursor = { lastEventAt: '2026-11-25 12:00:00.123456+00', trackingId: 'SC000123456789' };

describe('Recipient Central’s package pages', () => {
  it('carry a page’s edge in the URL and read it back', () => {
    expect(decodePackageCursor(encodePackageCursor(cursor))).toEqual(cursor);
    expect(parsePackagePageQuery({ older: encodePackageCursor(cursor) })).toEqual({ older: cursor, newer: null });
    expect(parsePackagePageQuery({ newer: [encodePackageCursor(cursor), 'x'] })).toEqual({ older: null, newer: cursor });
    expect(packagePageHref({ older: cursor })).toBe(`/recipient?older=${encodePackageCursor(cursor)}`);
    expect(packagePageHref({ newer: cursor })).toBe(`/recipient?newer=${encodePackageCursor(cursor)}`);
  });

  it('open the newest packages for a link that is missing, hand-edited or asks both ways', () => {
    expect(parsePackagePageQuery({})).toEqual(NEWEST_PACKAGES);
    for (const token of ['', 'not-base64!', Buffer.from('["yesterday","x"]').toString('base64url'), 'a'.repeat(3000)]) {
      expect(parsePackagePageQuery({ older: token })).toEqual(NEWEST_PACKAGES);
    }
    for (const forged of [
      ["2026-11-25 12:00:00+00'; drop table shipments; --", cursor.trackingId],
      [cursor.lastEventAt, 'SC 1'],
      [cursor.lastEventAt, 'x'.repeat(65)],
    ]) {
      expect(decodePackageCursor(Buffer.from(JSON.stringify(forged)).toString('base64url'))).toBeNull();
    }
    expect(parsePackagePageQuery({ older: encodePackageCursor(cursor), newer: encodePackageCursor(cursor) })).toEqual({
      older: cursor,
      newer: null,
    });
  });
});
