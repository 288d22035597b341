import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { createPackage } from '@/tests/support/delivery-fixtures';
import { actorOf, createTenants } from '@/tests/support/fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_lib/session', () => ({ getActor: async () => session.actor }));

const { retryMessage } = await import('./actions');

async function failedMessage(accountId: string, template: string) {
  const pkg = await createPackage(accountId);
  const db = await getDb();
  const [row] = await db
    .insert(notifications)
    .values({ accountId, shipmentId: pkg.id, channel: 'sms', toAddress: pkg.recipientPhoneE164!, template, body: 'x', status: 'failed' })
    .returning();
  return row!;
}

async function statusOf(id: string) {
  const db = await getDb();
  const [row] = await db.select({ status: notifications.status }).from(notifications).where(eq(notifications.id, id));
  return row!.status;
}

describe('retryMessage', () => {
  beforeEach(() => {
    session.actor = null;
  });

  it('queues a failed message of the shipper’s own account again', async () => {
    const t = await createTenants();
    const message = await failedMessage(t.accountA.id, 'shipped');
    session.actor = actorOf(t.shipperA);
    expect(await retryMessage({ messageId: message.id })).toMatchObject({ ok: true });
    expect(await statusOf(message.id)).toBe('pending');
  });

  it('answers not found for a passcode or another account’s message, and invalid for anything but one message id', async () => {
    const t = await createTenants();
    const passcode = await failedMessage(t.accountA.id, 'passcode');
    const theirs = await failedMessage(t.accountB.id, 'delivered');
    session.actor = actorOf(t.shipperA);
    expect(await retryMessage({ messageId: passcode.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await retryMessage({ messageId: theirs.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await retryMessage({ messageId: 'x' })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(await retryMessage({ messageId: theirs.id, accountId: t.accountB.id })).toMatchObject({ ok: false, code: 'INVALID' });
    expect([await statusOf(passcode.id), await statusOf(theirs.id)]).toEqual(['failed', 'failed']);
  });
});
