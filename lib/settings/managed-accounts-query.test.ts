import { describe, expect, it } from 'vitest';
import { DEFAULT_MANAGED_QUERY, managedAccountsSearch, parseManagedAccountsQuery } from './managed-accounts-query';

describe('managed accounts query in the URL', () => {
  it('reads a full state and writes it back', () => {
    const query = parseManagedAccountsQuery({
      sort: 'shipments',
      dir: 'desc',
      name: ' kala ',
      marketplace: 'IN',
      otp: 'on',
      page: '2',
      pageSize: '25',
    });
    expect(query).toEqual({ sort: 'shipments', dir: 'desc', name: 'kala', marketplace: 'IN', otp: 'on', page: 2, pageSize: 25 });
    expect(managedAccountsSearch(query)).toBe('?sort=shipments&dir=desc&name=kala&marketplace=IN&otp=on&page=2&pageSize=25');
  });

  it('falls back to defaults for anything unreadable', () => {
    expect(
      parseManagedAccountsQuery({ sort: 'drop table', dir: 'up', marketplace: 'US', otp: 'maybe', page: '-3', pageSize: '1000' }),
    ).toEqual(DEFAULT_MANAGED_QUERY);
    expect(parseManagedAccountsQuery({ sort: ['otp', 'name'] }).sort).toBe('otp');
    expect(managedAccountsSearch(DEFAULT_MANAGED_QUERY)).toBe('');
  });
});
