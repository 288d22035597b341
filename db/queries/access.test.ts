import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { resolveAccountAccess } from './access';

describe('account access', () => {
  it('gives a shipper their own account and nothing else', async () => {
    const t = await createTenants();
    const db = await getDb();
    const shipperA = actorOf(t.shipperA);
    expect(await resolveAccountAccess(db, shipperA)).toBe(t.accountA.id);
    expect(await resolveAccountAccess(db, shipperA, t.accountA.id)).toBe(t.accountA.id);
    await expect(resolveAccountAccess(db, shipperA, t.accountB.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('gives a manager only the accounts assigned to them; unknown and foreign look the same', async () => {
    const t = await createTenants();
    const db = await getDb();
    const manager = actorOf(t.manager);
    expect(await resolveAccountAccess(db, manager, t.accountA.id)).toBe(t.accountA.id);
    await expect(resolveAccountAccess(db, manager, t.accountB.id)).rejects.toThrow('No such shipper account.');
    await expect(resolveAccountAccess(db, manager, '00000000-0000-4000-8000-000000000000')).rejects.toThrow('No such shipper account.');
    await expect(resolveAccountAccess(db, manager, 'not-a-uuid')).rejects.toThrow('No such shipper account.');
    await expect(resolveAccountAccess(db, manager)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses delivery associates and recipients', async () => {
    const t = await createTenants();
    const db = await getDb();
    await expect(resolveAccountAccess(db, actorOf(t.da), t.accountA.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(resolveAccountAccess(db, actorOf(t.recipient), t.accountA.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
