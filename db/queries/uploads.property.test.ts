import '@/tests/support/db-setup';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { shipments } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { csvFile, utf8 } from '@/lib/upload/sample-files';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { checkUploadFile, storeCheckedUpload } from './uploads';

// Each row is the template's example with one cell possibly broken; the property: whatever the mix,
// checking stores nothing, and storing stores exactly the valid rows, once.
const BREAKAGES: Record<string, Record<string, string>> = {
  none: {},
  decimals: { insured_value: '12.345' },
  currency: { insured_value_currency: 'gbp' },
  quantity: { item_quantity: '1.5' },
  negative: { weight_value: '-1' },
  huge: { insured_value: '1e309' },
  formula: { ship_to_name: '=cmd|/C calc' },
  longName: { ship_to_name: 'x'.repeat(51) },
};
const VALID = new Set(['none', 'formula']);

let db: Db;
let actor: Actor;
let accountId: string;
let run = 0;

beforeAll(async () => {
  db = await getDb();
  const account = await createAccount({ otpEnabled: true });
  accountId = account.id;
  actor = actorOf(await createUser('shipper', { accountId }));
});

async function storedRefs(prefix: string): Promise<string[]> {
  const rows = await db.select({ ref: shipments.packageClientReferenceId }).from(shipments).where(eq(shipments.accountId, accountId));
  return rows
    .map((r) => r.ref)
    .filter((ref) => ref.startsWith(prefix))
    .sort();
}

describe('an upload is never stored in part', () => {
  it('stores exactly the valid rows, only when asked, whatever the mix', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...Object.keys(BREAKAGES)), { minLength: 1, maxLength: 12 }), async (kinds) => {
        run += 1;
        const prefix = `P${run}-`;
        const rows = kinds.map((kind, i) => ({ package_client_reference_id: `${prefix}${i}`, ...BREAKAGES[kind] }));
        const checked = await checkUploadFile(db, actor, { fileName: 'p.csv', content: utf8(csvFile(rows)), csvMapping: null });
        if (!checked.ok) throw new Error(checked.message);
        expect(await storedRefs(prefix)).toEqual([]);
        const expected = rows
          .filter((_, i) => VALID.has(kinds[i]!))
          .map((r) => r.package_client_reference_id)
          .sort();
        expect(checked.report.summary.valid).toBe(expected.length);
        // Stored even with nothing valid, so the staged file leaves the account's staging quota.
        expect(await storeCheckedUpload(db, actor, checked.report.uploadId)).toMatchObject({ ok: true, stored: expected.length });
        expect(await storedRefs(prefix)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
