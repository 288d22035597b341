import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { shipperAccounts } from '@/db/schema';
import { NotFoundError } from '@/lib/auth/errors';
import { deliveryDayAt } from '@/lib/passcode';
import { createPackage, createStation, passcodeOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { takeOutForDelivery } from './delivery';
import { enterPasscode, resendPasscode } from './delivery-passcode';
import { getShipmentDetail } from './tracker';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe('shipment detail: passcode checks (proof of delivery)', () => {
  it('lists a wrong then a right entry, by whom and where, never the code; another shipper gets not found', async () => {
    const s = await createStation('UK');
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    const da = actorOf(s.da);
    await takeOutForDelivery(db, da, pkg.id);
    const code = await passcodeOf(pkg, deliveryDayAt('UK', new Date()));
    expect(await enterPasscode(db, da, pkg.id, wrongCodeFor(code))).toMatchObject({ outcome: 'wrong' });
    expect(await enterPasscode(db, da, pkg.id, code)).toEqual({ outcome: 'delivered' });

    const detail = await getShipmentDetail(db, actorOf(s.shipper), pkg.trackingId);
    expect(detail.passcodeChecks).toEqual([
      { at: expect.any(Date), outcome: 'wrong', attemptNumber: 1, station: 'UK', deliveryAssociate: s.da.name },
      { at: expect.any(Date), outcome: 'right', attemptNumber: null, station: 'UK', deliveryAssociate: s.da.name },
    ]);
    expect(detail.passcodeChecks[0]!.at.getTime()).toBeLessThanOrEqual(detail.passcodeChecks[1]!.at.getTime());
    const text = JSON.stringify(detail);
    expect(text).not.toContain(code);
    expect(text).not.toContain(wrongCodeFor(code));

    const other = await createAccount();
    const otherShipper = actorOf(await createUser('shipper', { accountId: other.id }));
    await expect(getShipmentDetail(db, otherShipper, pkg.trackingId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('records the locking 3rd wrong entry with its number and a later refused entry without one', async () => {
    const s = await createStation('UK');
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    const da = actorOf(s.da);
    await takeOutForDelivery(db, da, pkg.id);
    const wrong = wrongCodeFor(await passcodeOf(pkg, deliveryDayAt('UK', new Date())));
    for (let i = 0; i < 4; i += 1) await enterPasscode(db, da, pkg.id, wrong);

    const detail = await getShipmentDetail(db, actorOf(s.shipper), pkg.trackingId);
    expect(detail.passcodeChecks.map((c) => [c.outcome, c.attemptNumber])).toEqual([
      ['wrong', 1],
      ['wrong', 2],
      ['locked', 3],
      ['locked', null],
    ]);
  });

  it('records each resend with its number, and the account manager sees the same record', async () => {
    const s = await createStation('IN');
    const pkg = await createPackage(s.account.id, { marketplace: 'IN', trackerState: 'in_transit' });
    const da = actorOf(s.da);
    await takeOutForDelivery(db, da, pkg.id);
    await resendPasscode(db, da, pkg.id);
    await resendPasscode(db, da, pkg.id);
    expect(await enterPasscode(db, da, pkg.id, await passcodeOf(pkg, deliveryDayAt('IN', new Date())))).toEqual({ outcome: 'delivered' });

    const seen = (await getShipmentDetail(db, actorOf(s.shipper), pkg.trackingId)).passcodeChecks;
    expect(seen.map((c) => [c.outcome, c.attemptNumber, c.station])).toEqual([
      ['resent', 1, 'IN'],
      ['resent', 2, 'IN'],
      ['right', null, 'IN'],
    ]);
    const manager = await createUser('account_manager');
    await db.update(shipperAccounts).set({ managerUserId: manager.id }).where(eq(shipperAccounts.id, s.account.id));
    expect((await getShipmentDetail(db, actorOf(manager), pkg.trackingId)).passcodeChecks).toEqual(seen);
  });

  it('has no checks for a package nobody entered a passcode for', async () => {
    const s = await createStation('UK');
    const pkg = await createPackage(s.account.id);
    expect((await getShipmentDetail(db, actorOf(s.shipper), pkg.trackingId)).passcodeChecks).toEqual([]);
  });
});
