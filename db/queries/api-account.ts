import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { fromMinorUnits, MARKETPLACES, type Marketplace } from '@/lib/otp';
import type { AccountRuleSettings } from '@/lib/upload/checked-package';
import type { DbOrTx } from '../client';

/** What an API request needs of the key's account: where it ships, and the settings the OTP rules read. */
export interface ApiAccount {
  marketplaces: Marketplace[];
  rules: AccountRuleSettings;
}

export interface ApiAccountRow extends Record<string, unknown> {
  otpEnabled: boolean;
  emailNotifications: boolean;
  smsNotifications: boolean;
  marketplaces: Marketplace[];
  /** The account's own thresholds in minor units, by marketplace. */
  thresholds: Partial<Record<Marketplace, number>>;
}

/** The columns of an ApiAccountRow from `shipper_accounts` aliased `a`: account and thresholds in one read. */
export const API_ACCOUNT_COLUMNS: SQL = sql.raw(`
  a.otp_enabled as "otpEnabled", a.email_notifications as "emailNotifications", a.sms_notifications as "smsNotifications",
  to_json(a.marketplaces) as "marketplaces",
  (select coalesce(json_object_agg(t.marketplace, t.value_minor), '{}'::json) from account_thresholds t where t.account_id = a.id)
    as "thresholds"`);

export function apiAccountOf(row: ApiAccountRow): ApiAccount {
  const thresholds: NonNullable<AccountRuleSettings['thresholds']> = {};
  for (const [marketplace, minor] of Object.entries(row.thresholds) as [Marketplace, number][]) {
    thresholds[marketplace] = { value: fromMinorUnits(Number(minor)), unit: MARKETPLACES[marketplace].currency };
  }
  return {
    marketplaces: row.marketplaces,
    rules: {
      otpEnabled: row.otpEnabled,
      emailNotifications: row.emailNotifications,
      smsNotifications: row.smsNotifications,
      thresholds,
    },
  };
}

/** The same settings loadAccountRuleSettings gives the upload, with the account's marketplaces, in one statement. */
export async function loadApiAccount(db: DbOrTx, accountId: string): Promise<ApiAccount> {
  const result = (await db.execute(sql`select ${API_ACCOUNT_COLUMNS} from shipper_accounts a where a.id = ${accountId}`)) as unknown as {
    rows: ApiAccountRow[];
  };
  const [row] = result.rows;
  if (!row) throw new Error(`the API key's account ${accountId} does not exist`);
  return apiAccountOf(row);
}
