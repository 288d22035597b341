import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from './columns';
import { maskPhone } from './mask-phone';
import {
  DEFAULT_QUERY,
  decodeCursor,
  encodeCursor,
  parseTrackerQuery,
  serializeTrackerQuery,
  splitList,
  trackerHref,
  trackerViewHref,
} from './query';

const ID = '0b6e2f4c-8f4e-4c47-9a43-4a4c5a2b1f10';

describe('tracker query', () => {
  it('reads no params as the default view', () => {
    expect(parseTrackerQuery({})).toEqual(DEFAULT_QUERY);
    expect(serializeTrackerQuery(DEFAULT_QUERY).toString()).toBe('');
  });

  it('round-trips every field through the URL', () => {
    const after = { sort: 'value' as const, value: '12345', id: ID };
    const query = {
      ...DEFAULT_QUERY,
      statuses: ['delivered_with_otp' as const, 'attempted_otp_not_available' as const],
      otp: 'yes' as const,
      marketplace: 'IN' as const,
      from: '2026-11-01',
      to: '2026-11-30',
      labelFrom: '2026-10-02',
      labelTo: '2026-10-31',
      reason: 'SMS_NOTIFICATIONS_OFF' as const,
      lockedOut: true,
      firstAttempt: true,
      q: 'Priya',
      ids: ['SC123456789012', 'REF-1'],
      sort: 'value' as const,
      dir: 'asc' as const,
      after,
      size: 50 as const,
      columns: ['trackingId' as const, 'value' as const, 'status' as const],
      account: ID,
      upload: ID,
    };
    const search = serializeTrackerQuery(query).toString();
    expect(parseTrackerQuery(new URLSearchParams(search))).toEqual(query);
  });

  it('falls back to defaults on bad params without throwing', () => {
    const parsed = parseTrackerQuery({
      status: 'delivered,nonsense',
      otp: 'maybe',
      market: 'US',
      from: '2026-02-30',
      to: 'yesterday',
      sort: 'password',
      dir: 'sideways',
      size: '1000000',
      after: 'not-a-cursor',
      cols: 'phone,evil',
      account: "' or 1=1",
      upload: 'not-an-upload',
      labelFrom: '2026-13-01',
      labelTo: '1 Dec 2026',
      reason: 'sms_notifications_off',
      lockout: 'no',
      attempt: '1',
    });
    expect(parsed).toEqual({ ...DEFAULT_QUERY, statuses: ['delivered'], columns: ['trackingId', 'phone', 'status'] });
  });

  it('reads the insights filters from their params, a reversed label range swapped, each bad one alone dropped', () => {
    const search = 'labelFrom=2026-12-01&labelTo=2026-11-02&reason=PHONE_MISSING&lockout=yes&attempt=first';
    expect(parseTrackerQuery(new URLSearchParams(search))).toEqual({
      ...DEFAULT_QUERY,
      labelFrom: '2026-11-02',
      labelTo: '2026-12-01',
      reason: 'PHONE_MISSING',
      lockedOut: true,
      firstAttempt: true,
    });
    expect(parseTrackerQuery({ labelFrom: '2026-02-29', labelTo: '2026-03-01' })).toMatchObject({ labelFrom: null, labelTo: '2026-03-01' });
    expect(parseTrackerQuery({ labelTo: '2026-11-30', reason: 'NOPE', attempt: 'first' })).toEqual({
      ...DEFAULT_QUERY,
      labelTo: '2026-11-30',
      firstAttempt: true,
    });
  });

  it('builds a link to a fresh view from the fields a page sets, which reads back as that view', () => {
    const view = {
      labelFrom: '2026-11-02',
      labelTo: '2026-12-01',
      statuses: ['delivered_with_otp' as const],
      marketplace: 'UK' as const,
    };
    const href = trackerViewHref(view);
    expect(href).toBe('/shipments?status=delivered_with_otp&market=UK&labelFrom=2026-11-02&labelTo=2026-12-01');
    expect(parseTrackerQuery(new URL(href, 'http://portal.test').searchParams)).toEqual({ ...DEFAULT_QUERY, ...view });
    expect(trackerViewHref({ reason: 'BELOW_THRESHOLD', lockedOut: true, firstAttempt: true, account: ID })).toBe(
      `/shipments?account=${ID}&reason=BELOW_THRESHOLD&lockout=yes&attempt=first`,
    );
    expect(trackerViewHref({})).toBe('/shipments');
  });

  it('reads repeated status params and pasted lists with newlines and commas', () => {
    const parsed = parseTrackerQuery(new URLSearchParams('status=delivered&status=lost&ids=SC1%0ASC2,%20SC3%0A%0ASC1'));
    expect(parsed.statuses).toEqual(['delivered', 'lost']);
    expect(parsed.ids).toEqual(['SC1', 'SC2', 'SC3']);
    expect(splitList(' a ;b,,c\r\n')).toEqual(['a', 'b', 'c']);
  });

  it('drops a cursor made for another sort and a before beside an after', () => {
    const cursor = encodeCursor({ sort: 'lastEvent', value: '2026-11-20 10:00:00.123456+00', id: ID });
    expect(parseTrackerQuery({ sort: 'value', after: cursor }).after).toBeNull();
    expect(parseTrackerQuery({ after: cursor, before: cursor }).before).toBeNull();
    expect(parseTrackerQuery({ after: cursor }).after).toEqual({ sort: 'lastEvent', value: '2026-11-20 10:00:00.123456+00', id: ID });
    expect(decodeCursor(encodeCursor({ sort: 'value', value: '1e9', id: ID }))).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: 'created', value: 'now()', id: ID }))).toBeNull();
  });

  it('swaps a reversed date range and keeps default directions out of links', () => {
    expect(parseTrackerQuery({ from: '2026-11-30', to: '2026-11-01' })).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(parseTrackerQuery({ sort: 'recipient' }).dir).toBe('asc');
    expect(trackerHref(DEFAULT_QUERY, { sort: 'recipient', dir: 'asc' })).toBe('/shipments?sort=recipient');
  });

  it('reads an upload id in either case and keeps it in links, so a filter change stays on that upload', () => {
    expect(parseTrackerQuery({ upload: ID.toUpperCase() }).upload).toBe(ID);
    expect(trackerHref(parseTrackerQuery({ upload: ID }), { otp: 'yes' })).toBe(`/shipments?otp=yes&upload=${ID}`);
  });

  it('goes back to page one when a filter changes, but not when paging', () => {
    const after = { sort: 'lastEvent' as const, value: '2026-11-20 10:00:00+00', id: ID };
    const onPage2 = { ...DEFAULT_QUERY, after };
    expect(trackerHref(onPage2, { marketplace: 'UK' })).toBe('/shipments?market=UK');
    expect(trackerHref(onPage2, { after })).toContain('after=');
    expect(DEFAULT_COLUMNS).toContain('trackingId');
  });
});

describe('phone mask', () => {
  it.each([
    ['+447700900123', '+44 •••• ••• 123'],
    ['+919876543210', '+91 •••• ••• 210'],
    ['0044 7700 900123', '+44 •••• ••• 123'],
    ['07700 900123', '•••• ••• 123'],
    [null, '—'],
    ['12', '•••'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('gives a national number its marketplace prefix', () => {
    expect(maskPhone('07700 900123', 'UK')).toBe('+44 •••• ••• 123');
    expect(maskPhone('98765 43210', 'IN')).toBe('+91 •••• ••• 210');
  });
});
