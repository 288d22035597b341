import '@/tests/support/db-setup';
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { csvMappings, shipperAccounts, shipments, trackingEvents, uploads } from '@/db/schema';
import { AccessDeniedError } from '@/lib/auth/errors';
import type { Actor } from '@/lib/auth/actor';
import { samplePackage, sampleGetRatesRequest } from '@/lib/shipping/sample-package';
import { csvFile, utf8 } from '@/lib/upload/sample-files';
import { actorOf, createAccount, createTenants, createUser } from '@/tests/support/fixtures';
import { forgetCheckedPackages } from '../cache/checked-packages';
import { checkUploadFile, discardCheckedUpload, getRejectedRowsCsv, storeCheckedUpload } from './uploads';

let db: Db;
let shipperA: Actor;
let shipperB: Actor;
let manager: Actor;
let smsOffShipper: Actor;
let accountAId: string;

beforeAll(async () => {
  db = await getDb();
  const t = await createTenants();
  await db.update(shipperAccounts).set({ otpEnabled: true }).where(eq(shipperAccounts.id, t.accountA.id));
  accountAId = t.accountA.id;
  shipperA = actorOf(t.shipperA);
  shipperB = actorOf(t.shipperB);
  manager = actorOf(t.manager);
  const smsOff = await createAccount({ otpEnabled: true, smsNotifications: false });
  smsOffShipper = actorOf(await createUser('shipper', { accountId: smsOff.id }));
});

const jsonFile = (refs: string[]) => utf8(JSON.stringify(sampleGetRatesRequest(refs.map((ref) => samplePackage(ref)))));

async function shipmentCount(accountId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(shipments).where(eq(shipments.accountId, accountId));
  return row!.n;
}

async function checkOk(actor: Actor, content: Uint8Array, fileName = 'file.json', csvMapping = null as Record<string, string> | null) {
  const outcome = await checkUploadFile(db, actor, { fileName, content, csvMapping: csvMapping as never });
  if (!outcome.ok) throw new Error(`check refused: ${outcome.message}`);
  return outcome.report;
}

describe('checking and storing an upload', () => {
  it("finds the source's sample package OTP eligible for an account with OTP on, and stores nothing before the choice", async () => {
    const report = await checkOk(shipperA, jsonFile(['SAMPLE-1']));
    expect(report.summary).toMatchObject({ packages: 1, valid: 1, rejected: 0, eligible: 1, toStore: 1 });
    expect(report.packages[0]).toMatchObject({ packageClientReferenceId: 'SAMPLE-1', eligible: true, reasons: [] });
    expect(await shipmentCount(accountAId)).toBe(0);
  });

  it('says why it is not eligible for an account with SMS off', async () => {
    const report = await checkOk(smsOffShipper, jsonFile(['SAMPLE-SMS']));
    expect(report.packages[0]!.eligible).toBe(false);
    expect(report.packages[0]!.reasons.map((r) => r.code)).toEqual(['SMS_NOTIFICATIONS_OFF']);
    expect(report.summary.notEligibleByReason).toEqual({ SMS_NOTIFICATIONS_OFF: 1 });
  });

  it('stores a checked file once, as Label Created with a tracking id, items, an event and the threshold used', async () => {
    const report = await checkOk(shipperA, jsonFile(['STORE-1', 'STORE-2']));
    const stored = await storeCheckedUpload(db, shipperA, report.uploadId);
    expect(stored).toMatchObject({ ok: true, stored: 2, duplicates: 0, eligibleStored: 2 });
    const [row] = await db
      .select()
      .from(shipments)
      .where(and(eq(shipments.accountId, accountAId), eq(shipments.packageClientReferenceId, 'STORE-1')));
    expect(row).toMatchObject({
      status: 'PreTransit',
      trackerState: 'label_created',
      insuredValueMinor: 11501,
      insuredCurrency: 'GBP',
      otpEligible: true,
      marketplace: 'UK',
      recipientPhoneE164: '+447123456789',
    });
    expect(row!.trackingId).toMatch(/^SC\d{12}$/);
    expect(row!.eligibility).toMatchObject({ eligible: true, threshold: { value: 100, unit: 'GBP', source: 'default' } });
    expect(row!.items).toEqual([
      {
        description: 'Item-1',
        itemIdentifier: '2023100314043',
        quantity: 1,
        valueMinor: 9000,
        currency: 'GBP',
        weight: { value: 1900, unit: 'GRAM' },
      },
      {
        description: 'Item-2',
        itemIdentifier: '2023100314033',
        quantity: 1,
        valueMinor: 1501,
        currency: 'GBP',
        weight: { value: 900, unit: 'GRAM' },
      },
    ]);
    const events = await db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, row!.id));
    expect(events).toMatchObject([{ eventCode: 'ReadyForReceive', status: 'PreTransit' }]);
    const [upload] = await db.select().from(uploads).where(eq(uploads.id, report.uploadId));
    expect(upload).toMatchObject({ status: 'stored', stagedContent: null, storedCount: 2 });

    expect(await storeCheckedUpload(db, shipperA, report.uploadId)).toMatchObject({ ok: false, status: 409 });
  });

  it('stores from the staged file when this process no longer holds the checked packages (a restart, another instance)', async () => {
    const report = await checkOk(
      shipperA,
      utf8(csvFile([{ package_client_reference_id: 'STAGED-1' }, { package_client_reference_id: 'STAGED-2' }])),
      'staged.csv',
    );
    forgetCheckedPackages(report.uploadId);
    expect(await storeCheckedUpload(db, shipperA, report.uploadId)).toMatchObject({ ok: true, stored: 2, duplicates: 0 });
    const refs = await db
      .select({ ref: shipments.packageClientReferenceId })
      .from(shipments)
      .where(eq(shipments.uploadId, report.uploadId));
    expect(refs.map((r) => r.ref).sort()).toEqual(['STAGED-1', 'STAGED-2']);
  });

  it('stores each package with its own eligibility when packages of one file differ', async () => {
    const rows = [
      { package_client_reference_id: 'MIX-OK', insured_value: '150' },
      { package_client_reference_id: 'MIX-LOW', insured_value: '50', item_quantity: '1', item_value: '50' },
      { package_client_reference_id: 'MIX-LANDLINE', insured_value: '150', ship_to_phone: '+441611234567' },
      { package_client_reference_id: 'MIX-BOTH', insured_value: '60', ship_to_phone: '+441611234567' },
      { package_client_reference_id: 'MIX-LOW-60', insured_value: '60', item_quantity: '1', item_value: '60' },
      { package_client_reference_id: 'MIX-OK-2', insured_value: '150' },
    ];
    const report = await checkOk(shipperA, utf8(csvFile(rows)), 'mix.csv');
    await storeCheckedUpload(db, shipperA, report.uploadId);
    const stored = await db
      .select({ ref: shipments.packageClientReferenceId, eligibility: shipments.eligibility })
      .from(shipments)
      .where(eq(shipments.uploadId, report.uploadId));
    const byRef = new Map(
      stored.map((row) => [row.ref, row.eligibility as { eligible: boolean; reasons: { code: string; message: string }[] }]),
    );
    expect(Object.fromEntries([...byRef].map(([ref, e]) => [ref, e.reasons.map((r) => r.code)]))).toEqual({
      'MIX-OK': [],
      'MIX-LOW': ['BELOW_THRESHOLD'],
      'MIX-LANDLINE': ['PHONE_INVALID'],
      'MIX-BOTH': ['BELOW_THRESHOLD', 'PHONE_INVALID'],
      'MIX-LOW-60': ['BELOW_THRESHOLD'],
      'MIX-OK-2': [],
    });
    expect(byRef.get('MIX-LOW')!.reasons[0]!.message).toContain('50.00 GBP');
    expect(byRef.get('MIX-BOTH')!.reasons[0]!.message).toContain('60.00 GBP');
    // Same rules failed as MIX-LOW, different words: not merged into one stored result.
    expect(byRef.get('MIX-LOW-60')!.reasons[0]!.message).toContain('60.00 GBP');
    for (const pkg of report.packages) expect(byRef.get(pkg.packageClientReferenceId)!.eligible).toBe(pkg.eligible);
  });

  it('a re-upload of the same file finds every package already stored and stores nothing new', async () => {
    const first = await checkOk(shipperA, jsonFile(['AGAIN-1', 'AGAIN-2']));
    await storeCheckedUpload(db, shipperA, first.uploadId);
    const before = await shipmentCount(accountAId);
    const again = await checkOk(shipperA, jsonFile(['AGAIN-1', 'AGAIN-2']));
    expect(again.summary).toMatchObject({ valid: 2, alreadyStored: 2, toStore: 0 });
    expect(await storeCheckedUpload(db, shipperA, again.uploadId)).toMatchObject({ ok: true, stored: 0, duplicates: 2 });
    expect(await shipmentCount(accountAId)).toBe(before);
  });

  it('client references are per account: another shipper may use the same ones', async () => {
    const report = await checkOk(shipperB, jsonFile(['AGAIN-1']));
    expect(report.summary.alreadyStored).toBe(0);
  });

  it('with rejected rows: stores only the valid packages when asked, and gives the rejected rows back as a CSV with errors', async () => {
    const file = csvFile([
      { package_client_reference_id: 'MIX-1' },
      { package_client_reference_id: 'MIX-2', insured_value: '12.345' },
      { package_client_reference_id: 'MIX-3', insured_value_currency: 'gbp' },
      { package_client_reference_id: 'MIX-4', ship_to_name: '=cmd|/C calc' },
    ]);
    const before = await shipmentCount(accountAId);
    const report = await checkOk(shipperA, utf8(file), 'mixed.csv');
    expect(report.summary).toMatchObject({ packages: 4, valid: 2, rejected: 2 });
    expect(report.rejected.map((r) => r.location)).toEqual(['line 3', 'line 4']);
    expect(await shipmentCount(accountAId)).toBe(before);

    const rejected = await getRejectedRowsCsv(db, shipperA, report.uploadId);
    expect(rejected.fileName).toBe('mixed-rejected.csv');
    const lines = rejected.csv.trim().split('\r\n');
    expect(lines[0]!.endsWith(',error')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('12.345');
    expect(lines[1]).toMatch(/line 3.*insured_value/);

    expect(await storeCheckedUpload(db, shipperA, report.uploadId)).toMatchObject({ ok: true, stored: 2 });
    const [formula] = await db
      .select()
      .from(shipments)
      .where(and(eq(shipments.accountId, accountAId), eq(shipments.packageClientReferenceId, 'MIX-4')));
    expect(formula!.recipientName).toBe('=cmd|/C calc');
  });

  it.each([
    ['malformed JSON', '{"packages": [', 'JSON_SYNTAX'],
    ['an empty file', '', 'EMPTY_FILE'],
    ['a header-only CSV', csvFile([]), 'CSV_NO_ROWS'],
    ['deep nesting', '['.repeat(100_000), 'JSON_TOO_DEEP'],
    ['a __proto__ key', '{"__proto__": {"x": 1}}', 'FORBIDDEN_KEY'],
  ])('refuses %s whole and writes nothing', async (_name, text, code) => {
    const uploadsBefore = (await db.select({ n: count() }).from(uploads))[0]!.n;
    const outcome = await checkUploadFile(db, shipperA, { fileName: 'bad', content: utf8(text), csvMapping: null });
    expect(outcome).toMatchObject({ ok: false, code });
    expect((await db.select({ n: count() }).from(uploads))[0]!.n).toBe(uploadsBefore);
  });

  it('refuses a PNG named .csv', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await checkUploadFile(db, shipperA, { fileName: 'x.csv', content: png, csvMapping: null })).toMatchObject({
      ok: false,
      status: 415,
    });
  });

  it('an account id in the file never reaches another account', async () => {
    const before = await shipmentCount(accountAId);
    const request = { ...sampleGetRatesRequest([samplePackage('FOREIGN-1')]), shipperAccountId: accountAId };
    const outcome = await checkUploadFile(db, shipperB, { fileName: 'x.json', content: utf8(JSON.stringify(request)), csvMapping: null });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.report.summary).toMatchObject({ valid: 0, rejected: 1 });
    expect(outcome.report.rejected[0]!.errors.map((e) => e.message).join(' ')).toContain('shipperAccountId');
    expect(await storeCheckedUpload(db, shipperB, outcome.report.uploadId)).toMatchObject({ ok: true, stored: 0 });
    expect(await shipmentCount(accountAId)).toBe(before);
  });
});

describe('column mapping', () => {
  it('asks for a mapping when headers differ, then remembers it for the next upload', async () => {
    const canonical = csvFile([{ package_client_reference_id: 'MAP-1' }]);
    const renamed = canonical.replace('ship_to_phone', 'Mobile').replace('insured_value,', 'Declared value,');
    const first = await checkUploadFile(db, shipperA, { fileName: 'm.csv', content: utf8(renamed), csvMapping: null });
    expect(first).toMatchObject({ ok: false, code: 'CSV_HEADERS_UNMAPPED', unknownHeaders: ['Mobile', 'Declared value'] });

    const mapping = { Mobile: 'ship_to_phone', 'Declared value': 'insured_value' };
    const mapped = await checkOk(shipperA, utf8(renamed), 'm.csv', mapping);
    expect(mapped.summary.valid).toBe(1);
    const [saved] = await db.select().from(csvMappings).where(eq(csvMappings.accountId, accountAId));
    expect(saved!.mapping).toEqual(mapping);

    const next = await checkOk(shipperA, utf8(renamed), 'm2.csv');
    expect(next.summary.valid).toBe(1);
  });
});

describe('who may upload', () => {
  it('refuses roles other than shipper', async () => {
    await expect(checkUploadFile(db, manager, { fileName: 'x', content: jsonFile(['R-1']), csvMapping: null })).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(storeCheckedUpload(db, manager, '00000000-0000-0000-0000-000000000000')).rejects.toThrow(AccessDeniedError);
  });

  it("another shipper cannot store, discard or download someone else's upload", async () => {
    const report = await checkOk(shipperA, jsonFile(['OWN-1']));
    expect(await storeCheckedUpload(db, shipperB, report.uploadId)).toMatchObject({ ok: false, status: 404 });
    await expect(discardCheckedUpload(db, shipperB, report.uploadId)).rejects.toThrow('No such upload');
    await expect(getRejectedRowsCsv(db, shipperB, report.uploadId)).rejects.toThrow('No such upload');
    expect(await discardCheckedUpload(db, shipperA, report.uploadId)).toBe(true);
    expect(await storeCheckedUpload(db, shipperA, report.uploadId)).toMatchObject({ ok: false, status: 409 });
  });
});

describe('two uploads racing with the same ids', () => {
  it('end with exactly one copy of each package', async () => {
    const refs = Array.from({ length: 300 }, (_, i) => `RACE-${i}`);
    const a = await checkOk(shipperA, jsonFile(refs));
    const b = await checkOk(shipperA, jsonFile(refs));
    const results = await Promise.all([storeCheckedUpload(db, shipperA, a.uploadId), storeCheckedUpload(db, shipperA, b.uploadId)]);
    const stored = results.map((r) => (r.ok ? r.stored : -1));
    expect(stored.reduce((x, y) => x + y, 0)).toBe(300);
    const racing = await db.select({ ref: shipments.packageClientReferenceId }).from(shipments).where(eq(shipments.accountId, accountAId));
    expect(racing.filter((r) => r.ref.startsWith('RACE-'))).toHaveLength(300);
  });
});

describe('nothing half-written', () => {
  it('a failure after the first batch leaves no shipment and the upload still waiting', async () => {
    const refs = Array.from({ length: 6000 }, (_, i) => `HALF-${i}`); // three batches
    const report = await checkOk(shipperA, jsonFile(refs));
    const before = await shipmentCount(accountAId);
    await expect(
      storeCheckedUpload(db, shipperA, report.uploadId, () => {
        throw new Error('connection lost');
      }),
    ).rejects.toThrow('connection lost');
    expect(await shipmentCount(accountAId)).toBe(before);
    const [upload] = await db.select().from(uploads).where(eq(uploads.id, report.uploadId));
    expect(upload!.status).toBe('checked');
    expect(await storeCheckedUpload(db, shipperA, report.uploadId)).toMatchObject({ ok: true, stored: 6000 });
  });
});
