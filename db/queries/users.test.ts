import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { TEST_PASSWORD, createAccount, createUser } from '@/tests/support/fixtures';
import { verifyPasswordSignIn } from './users';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe('password sign-in', () => {
  it('accepts the right password, case-insensitively on the e-mail', async () => {
    const account = await createAccount();
    const user = await createUser('shipper', { accountId: account.id });
    const identity = await verifyPasswordSignIn(db, `  ${user.email.toUpperCase()} `, TEST_PASSWORD);
    expect(identity).toMatchObject({ id: user.id, role: 'shipper', accountId: account.id, tokenVersion: 0 });
  });

  it('refuses a wrong password, an unknown user, a disabled user and a recipient the same way', async () => {
    const user = await createUser('account_manager');
    const disabled = await createUser('account_manager', { disabled: true });
    const recipient = await createUser('recipient', { phoneE164: '+447700900999' });
    expect(await verifyPasswordSignIn(db, user.email, 'wrong password')).toBeNull();
    expect(await verifyPasswordSignIn(db, 'nobody@test.example', TEST_PASSWORD)).toBeNull();
    expect(await verifyPasswordSignIn(db, disabled.email, TEST_PASSWORD)).toBeNull();
    expect(await verifyPasswordSignIn(db, recipient.email, TEST_PASSWORD)).toBeNull();
  });
});
