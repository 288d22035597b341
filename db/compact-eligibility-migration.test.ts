import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { evaluateOtpEligibility, storedEligibilityOf, type EligibilityInput } from '@/lib/otp';
import { packageFor } from '@/lib/otp/eligibility-fixtures';
import { createAccount } from '@/tests/support/fixtures';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { getDb } from './client';
import { shipments } from './schema';

const migration = readFileSync(path.join(__dirname, 'migrations', '0004_compact_eligibility.sql'), 'utf8');

const inputs: Record<string, EligibilityInput> = {
  eligible: packageFor('UK'),
  noMarketplace: packageFor('UK', { account: { smsNotifications: false }, shipTo: { countryCode: 'US' } }),
  noDeclaredValue: packageFor('FR', { shipment: { insuredValue: null, prepaid: false } }),
  otherCurrency: packageFor('IN', { shipment: { insuredValue: { value: 5000, unit: 'GBP' }, channelType: 'AMAZON' } }),
  noPhone: packageFor('IT', { account: { otpEnabled: false }, shipTo: { phoneNumber: null } }),
  landline: packageFor('ES', { shipTo: { phoneNumber: '912 345 678' } }),
};

describe('migration 0004: compact stored eligibility', () => {
  it('turns each full result stored before it into exactly what is stored now', async () => {
    const db = await getDb();
    const account = await createAccount();
    const ids = new Map<string, string>();
    for (const [name, input] of Object.entries(inputs)) {
      const row = await createShipment(account.id, { insuredMinor: 100 });
      const full = evaluateOtpEligibility(input);
      await db.execute(sql`update shipments set eligibility = ${JSON.stringify(full)}::jsonb where id = ${row.id}`);
      ids.set(name, row.id);
    }
    await db.execute(sql.raw(migration));
    for (const [name, input] of Object.entries(inputs)) {
      const [row] = await db
        .select({ eligibility: shipments.eligibility })
        .from(shipments)
        .where(eq(shipments.id, ids.get(name)!));
      expect(row!.eligibility, name).toEqual(JSON.parse(JSON.stringify(storedEligibilityOf(evaluateOtpEligibility(input)))));
    }
  });

  it('leaves a result already in the compact form as it is', async () => {
    const db = await getDb();
    const row = await createShipment((await createAccount()).id, { insuredMinor: 100 });
    await db.execute(sql.raw(migration));
    const [after] = await db.select({ eligibility: shipments.eligibility }).from(shipments).where(eq(shipments.id, row.id));
    expect(after!.eligibility).toEqual(row.eligibility);
  });
});
