import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { actorOf } from '@/tests/support/fixtures';
import { createPackage, createStation, passcodeOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import { deliveryDayAt } from '@/lib/passcode';
import { takeOutForDelivery } from './delivery';
import { enterPasscode } from './delivery-passcode';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

afterEach(() => vi.restoreAllMocks());

describe('lock-out anomaly (checklist B8)', () => {
  it('signals the third recipient locked out by the same associate, without any code in the line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const station = await createStation('UK');
    const da = actorOf(station.da);
    const codes: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const pkg = await createPackage(station.account.id, { trackerState: 'in_transit' });
      await takeOutForDelivery(db, da, pkg.id);
      const code = await passcodeOf(pkg, deliveryDayAt('UK', new Date()));
      codes.push(code);
      for (let attempt = 0; attempt < 3; attempt += 1) await enterPasscode(db, da, pkg.id, wrongCodeFor(code));
      const anomalies = warn.mock.calls.filter(([line]) => String(line).includes('otp.anomaly'));
      expect(anomalies).toHaveLength(i === 2 ? 1 : 0);
    }
    const [line] = warn.mock.calls.find(([l]) => String(l).includes('otp.anomaly'))!;
    expect(JSON.parse(String(line))).toMatchObject({ event: 'otp.anomaly', deliveryAssociateId: da.userId, lockoutsLast24h: 3 });
    for (const code of codes) expect(String(line)).not.toContain(code);
  });
});
