import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { accountThresholds } from '@/db/schema';
import { createAccount } from '@/tests/support/fixtures';
import { loadAccountRuleSettings } from './account-rule-settings';
import { loadApiAccount } from './api-account';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe('loadApiAccount', () => {
  it('gives the rules exactly the settings an upload judges by, with the account’s marketplaces', async () => {
    const account = await createAccount({ marketplaces: ['UK', 'IN'], otpEnabled: true, smsNotifications: false });
    await db.insert(accountThresholds).values([
      { accountId: account.id, marketplace: 'UK', valueMinor: 25_050, currency: 'GBP' },
      { accountId: account.id, marketplace: 'IN', valueMinor: 40_000, currency: 'INR' },
    ]);
    const loaded = await loadApiAccount(db, account.id);
    expect(loaded.marketplaces).toEqual(['UK', 'IN']);
    expect(loaded.rules).toEqual(await loadAccountRuleSettings(db, account.id));
    expect(loaded.rules.thresholds).toEqual({ UK: { value: 250.5, unit: 'GBP' }, IN: { value: 400, unit: 'INR' } });
  });

  it('an account without thresholds of its own has none', async () => {
    const account = await createAccount();
    expect((await loadApiAccount(db, account.id)).rules).toEqual({
      otpEnabled: false,
      emailNotifications: true,
      smsNotifications: true,
      thresholds: {},
    });
  });
});
