import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { deliveryDayAt } from '@/lib/passcode';
import { actorOf, createUser } from '@/tests/support/fixtures';
import { createPackage, createStation, passcodeOf, passcodeRowOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../_lib/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const actions = await import('./actions');

async function outForDelivery(station: 'UK' | 'IN') {
  const s = await createStation(station);
  const pkg = await createPackage(s.account.id, { marketplace: station, trackerState: 'in_transit' });
  session.actor = actorOf(s.da);
  expect(await actions.outForDeliveryAction({ shipmentId: pkg.id })).toEqual({ ok: true, message: 'Out for delivery.' });
  const day = deliveryDayAt(station, new Date());
  return { ...s, pkg, code: await passcodeOf(pkg, day), row: await passcodeRowOf(pkg, day) };
}

describe('delivery server actions', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('refuse the signed-out and every role but the delivery associate, before touching anything', async () => {
    const { pkg, code, account } = await outForDelivery('IN');
    const calls = [
      () => actions.pickUpAction({ shipmentId: pkg.id }),
      () => actions.outForDeliveryAction({ shipmentId: pkg.id }),
      () => actions.deliverAction({ shipmentId: pkg.id }),
      () => actions.returnToStationAction({ shipmentId: pkg.id }),
      () => actions.enterPasscodeAction({ shipmentId: pkg.id, passcode: code }),
      () => actions.resendPasscodeAction({ shipmentId: pkg.id }),
      () => actions.pickUpAllAction({}),
      () => actions.takeAllOutAction({}),
    ];
    session.actor = null;
    for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    for (const user of [
      await createUser('shipper', { accountId: account.id }),
      await createUser('account_manager'),
      await createUser('recipient', { phoneE164: pkg.recipientPhoneE164! }),
    ]) {
      session.actor = actorOf(user);
      for (const call of calls) expect(await call()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    session.actor = actorOf(await createUser('delivery_associate', { station: 'UK' }));
    for (const call of calls.slice(0, 6))
      expect(await call()).toMatchObject({ ok: false, code: 'NOT_FOUND', error: 'No such package at your station.' });
  });

  it('take only the package id: a destination or any other field is refused', async () => {
    const { pkg } = await outForDelivery('IN');
    expect(await actions.resendPasscodeAction({ shipmentId: pkg.id, phone: '+919999999999' })).toMatchObject({
      ok: false,
      code: 'INVALID',
    });
    expect(await actions.enterPasscodeAction({ shipmentId: pkg.id, passcode: '12a456' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      error: 'passcode: Enter the 6-digit passcode.',
    });
    expect(await actions.pickUpAction({ shipmentId: 'not-a-uuid' })).toMatchObject({ ok: false, code: 'INVALID' });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((k) => k !== 'shipmentId'),
          fc.jsonValue(),
          { minKeys: 1 },
        ),
        async (extra) => {
          expect(await actions.resendPasscodeAction({ ...extra, shipmentId: pkg.id })).toMatchObject({ ok: false, code: 'INVALID' });
        },
      ),
      { numRuns: 100 },
    );
    expect((await passcodeRowOf(pkg, deliveryDayAt('IN', new Date()))).resendCount).toBe(0);
  });

  it('answer with outcomes and conflicts, never with the code, its hash or its ciphertext', async () => {
    const { pkg, code, row } = await outForDelivery('IN');
    const responses = [
      await actions.resendPasscodeAction({ shipmentId: pkg.id }),
      await actions.enterPasscodeAction({ shipmentId: pkg.id, passcode: wrongCodeFor(code) }),
      await actions.deliverAction({ shipmentId: pkg.id }),
      await actions.enterPasscodeAction({ shipmentId: pkg.id, passcode: code }),
      await actions.enterPasscodeAction({ shipmentId: pkg.id, passcode: code }),
    ];
    expect(responses).toEqual([
      { ok: true, message: 'The passcode was sent again to the recipient.', data: { resendsLeft: 2 } },
      { ok: true, data: { outcome: 'wrong', attemptsLeft: 2 } },
      { ok: false, code: 'CONFLICT', error: 'This package needs the recipient’s passcode.' },
      { ok: true, data: { outcome: 'delivered' } },
      { ok: true, data: { outcome: 'not_out_for_delivery', trackerState: 'delivered_with_otp' } },
    ]);
    const text = JSON.stringify(responses);
    for (const secret of [code, row.codeHmac, row.codeCiphertext]) expect(text).not.toContain(secret);
  });
});
