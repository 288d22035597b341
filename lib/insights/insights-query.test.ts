import { describe, expect, it } from 'vitest';
import { insightsSearch, parseInsightsQuery } from './insights-query';

const TODAY = '2026-12-01';
const ACCOUNT = '0b7c6c1e-8a43-4c1f-9d0e-2f1d3c4b5a69';

describe('parseInsightsQuery', () => {
  it('defaults to the last 30 days, every marketplace, all accounts', () => {
    expect(parseInsightsQuery({}, TODAY)).toMatchObject({
      period: { preset: '30', from: '2026-11-02', to: TODAY },
      periodError: null,
      marketplace: null,
      accountId: null,
    });
  });

  it('keeps a bad custom period as typed, says why, and shows the default', () => {
    const query = parseInsightsQuery({ period: 'custom', from: '2026-11-20', to: '2026-11-01' }, TODAY);
    expect(query.periodError).toEqual({ field: 'from', message: 'From: 2026-11-20 is after the end of the period (2026-11-01).' });
    expect(query.period.preset).toBe('30');
    expect(query.typed).toEqual({ period: 'custom', from: '2026-11-20', to: '2026-11-01' });
  });

  it('ignores an unknown marketplace and an account that is not an id', () => {
    expect(parseInsightsQuery({ market: 'US', account: "1' or 1=1" }, TODAY)).toMatchObject({ marketplace: null, accountId: null });
    expect(parseInsightsQuery({ market: 'IN', account: ACCOUNT.toUpperCase() }, TODAY)).toMatchObject({
      marketplace: 'IN',
      accountId: ACCOUNT,
    });
  });

  it('writes a view back to the same URL', () => {
    const query = parseInsightsQuery({ period: 'custom', from: '2026-10-01', to: '2026-10-31', market: 'UK', account: ACCOUNT }, TODAY);
    expect(parseInsightsQuery(Object.fromEntries(new URLSearchParams(insightsSearch(query))), TODAY)).toEqual(query);
  });
});
