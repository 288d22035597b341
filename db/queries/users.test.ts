import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD, createAccount, createUser } from '@/tests/support/fixtures';
import { loadActor, revokeSessions, verifyPasswordSignIn } from './users';

describe('password sign-in', () => {
  it('accepts the right password, case-insensitively on the e-mail', async () => {
    const account = await createAccount();
    const user = await createUser('shipper', { accountId: account.id });
    const identity = await verifyPasswordSignIn(`  ${user.email.toUpperCase()} `, TEST_PASSWORD);
    expect(identity).toMatchObject({ id: user.id, role: 'shipper', accountId: account.id, tokenVersion: 0 });
  });

  it('refuses a wrong password, an unknown user, a disabled user and a recipient the same way', async () => {
    const user = await createUser('account_manager');
    const disabled = await createUser('account_manager', { disabled: true });
    const recipient = await createUser('recipient', { phoneE164: '+447700900999' });
    expect(await verifyPasswordSignIn(user.email, 'wrong password')).toBeNull();
    expect(await verifyPasswordSignIn('nobody@test.example', TEST_PASSWORD)).toBeNull();
    expect(await verifyPasswordSignIn(disabled.email, TEST_PASSWORD)).toBeNull();
    expect(await verifyPasswordSignIn(recipient.email, TEST_PASSWORD)).toBeNull();
  });
});

describe('session actor', () => {
  it('is re-read from the database and scoped by role', async () => {
    const account = await createAccount();
    const shipper = await createUser('shipper', { accountId: account.id });
    const da = await createUser('delivery_associate', { station: 'IN', accountId: account.id });
    expect(await loadActor(shipper.id, 0)).toMatchObject({ role: 'shipper', accountId: account.id, station: null });
    // A delivery associate never acts for a shipper account, even if a row says so.
    expect(await loadActor(da.id, 0)).toMatchObject({ role: 'delivery_associate', accountId: null, station: 'IN' });
  });

  it('ends for every earlier token when the user signs out', async () => {
    const user = await createUser('account_manager');
    expect(await loadActor(user.id, 0)).not.toBeNull();
    await revokeSessions(user.id);
    expect(await loadActor(user.id, 0)).toBeNull();
    expect(await loadActor(user.id, 1)).not.toBeNull();
  });

  it('ends when the user is disabled', async () => {
    const user = await createUser('account_manager', { disabled: true });
    expect(await loadActor(user.id, 0)).toBeNull();
  });
});
