import { describe, expect, it } from 'vitest';
import { messageLogHref, parseMessageLogQuery } from './log-query';

const ACCOUNT = '0b7e3c1a-5f2d-4c4e-9a8b-1d2e3f4a5b6c';

describe('parseMessageLogQuery', () => {
  it('reads every filter', () => {
    expect(
      parseMessageLogQuery({ account: ACCOUNT, status: 'failed', template: 'out_for_delivery', trackingId: ' SC000000000001 ', page: '3' }),
    ).toEqual({ account: ACCOUNT, status: 'failed', template: 'out_for_delivery', trackingId: 'SC000000000001', page: 3 });
  });

  it('falls back to the default for anything malformed', () => {
    expect(
      parseMessageLogQuery({
        account: 'not-a-uuid',
        status: 'lost',
        template: 'recipient_sign_in_code',
        trackingId: "x' or 1=1",
        page: '-2',
      }),
    ).toEqual({ account: null, status: null, template: null, trackingId: null, page: 1 });
    expect(parseMessageLogQuery({ status: ['sent', 'failed'], page: '1e9', trackingId: '' })).toEqual({
      account: null,
      status: 'sent',
      template: null,
      trackingId: null,
      page: 1,
    });
  });
});

describe('messageLogHref', () => {
  const query = parseMessageLogQuery({ status: 'failed', trackingId: 'SC000000000001', page: '4' });

  it('keeps the other filters and goes back to page one on a filter change', () => {
    expect(messageLogHref(query, { status: 'sent' })).toBe('/messages/log?status=sent&trackingId=SC000000000001');
    expect(messageLogHref(query, { page: 5 })).toBe('/messages/log?status=failed&trackingId=SC000000000001&page=5');
  });

  it('is the bare path for the default view', () => {
    expect(messageLogHref(query, { status: null, trackingId: null })).toBe('/messages/log');
  });
});
