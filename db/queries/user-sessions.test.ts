import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { createAccount, createUser } from '@/tests/support/fixtures';
import { endUserSessions, loadSession, startUserSession } from './user-sessions';

const MINUTE = 60_000;
const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * MINUTE);

async function signIn(role: Parameters<typeof createUser>[0], extra: Parameters<typeof createUser>[1] = {}, now = new Date()) {
  const db = await getDb();
  const user = await createUser(role, extra);
  const sessionId = await startUserSession(db, user.id, now);
  return { db, user, claims: { sessionId, userId: user.id, tokenVersion: user.tokenVersion } };
}

describe('session actor', () => {
  it('is re-read from the database and scoped by role', async () => {
    const account = await createAccount();
    const shipper = await signIn('shipper', { accountId: account.id });
    expect((await loadSession(shipper.db, shipper.claims))?.actor).toMatchObject({ role: 'shipper', accountId: account.id, station: null });
    // A delivery associate never acts for a shipper account, even if a row says so.
    const da = await signIn('delivery_associate', { station: 'IN', accountId: account.id });
    expect((await loadSession(da.db, da.claims))?.actor).toMatchObject({ role: 'delivery_associate', accountId: null, station: 'IN' });
  });

  it("carries the shipper's account name for the header, and no account's name for another role", async () => {
    const account = await createAccount();
    const shipper = await signIn('shipper', { accountId: account.id });
    expect((await loadSession(shipper.db, shipper.claims))?.accountName).toBe(account.name);
    const da = await signIn('delivery_associate', { station: 'UK', accountId: account.id });
    expect(await loadSession(da.db, da.claims)).toMatchObject({ actor: { role: 'delivery_associate' }, accountName: null });
    const manager = await signIn('account_manager');
    expect(await loadSession(manager.db, manager.claims)).toMatchObject({ actor: { role: 'account_manager' }, accountName: null });
  });

  it('ends for every session of the user at sign-out, the other devices included', async () => {
    const { db, user, claims } = await signIn('account_manager');
    const otherDevice = { ...claims, sessionId: await startUserSession(db, user.id) };
    await endUserSessions(db, claims);
    expect(await loadSession(db, claims)).toBeNull();
    expect(await loadSession(db, otherDevice)).toBeNull();
    const again = { ...claims, sessionId: await startUserSession(db, user.id), tokenVersion: 1 };
    expect(await loadSession(db, again)).not.toBeNull();
  });

  it('ends when the user is disabled, and for claims naming another user or session', async () => {
    const disabled = await signIn('account_manager', { disabled: true });
    expect(await loadSession(disabled.db, disabled.claims)).toBeNull();
    const a = await signIn('shipper');
    const b = await signIn('shipper');
    expect(await loadSession(a.db, { ...a.claims, sessionId: b.claims.sessionId })).toBeNull();
    expect(await loadSession(a.db, { ...a.claims, sessionId: 'not-a-uuid' })).toBeNull();
  });

  it('ends 24 hours after sign-in however often it is used', async () => {
    const start = new Date('2026-11-30T08:00:00Z');
    const { db, claims } = await signIn('shipper', {}, start);
    for (let minutes = 30; minutes < 24 * 60; minutes += 30) {
      expect(await loadSession(db, claims, at(start, minutes))).not.toBeNull();
    }
    expect(await loadSession(db, claims, at(start, 24 * 60))).toBeNull();
  });

  it('ends after an hour unused for staff and shippers, 30 minutes for recipients', async () => {
    const start = new Date('2026-11-30T08:00:00Z');
    const manager = await signIn('account_manager', {}, start);
    expect(await loadSession(manager.db, manager.claims, at(start, 59))).not.toBeNull();
    // Used at 59 minutes: the idle hour counts from there.
    expect(await loadSession(manager.db, manager.claims, at(start, 118))).not.toBeNull();
    expect(await loadSession(manager.db, manager.claims, at(start, 178))).toBeNull();

    const recipient = await signIn('recipient', { phoneE164: '+447700900555' }, start);
    expect(await loadSession(recipient.db, recipient.claims, at(start, 29))).not.toBeNull();
    expect(await loadSession(recipient.db, recipient.claims, at(start, 60))).toBeNull();
  });
});
