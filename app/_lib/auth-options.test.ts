import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { decryptSecret } from '@/lib/passcode';
import { TEST_PASSWORD, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { requestRecipientSignInCode } from '@/db/queries/recipient-sign-in';
import { authOptions } from './auth-options';

const keys = setUpTestSecrets();

/** A provider's authorize as next-auth calls it: the credentials, and the request's headers as a plain object. */
function authorizeOf(id: string, clientAddress = '192.0.2.10') {
  const provider = authOptions.providers.find((p) => (p as CredentialsConfig).options?.id === id) as CredentialsConfig | undefined;
  if (!provider) throw new Error(`no provider ${id}`);
  return (credentials: Record<string, string>) =>
    provider.options.authorize!(credentials, { headers: { 'x-forwarded-for': clientAddress } } as never);
}

describe('sign-in providers', () => {
  it('signs a recipient in with a code, never with a password', async () => {
    const recipient = await createUser('recipient', { phoneE164: '+447700900401' });
    const db = await getDb();
    await requestRecipientSignInCode(db, recipient.email);
    const [sent] = await db.select().from(notifications).limit(1);
    const code = decryptSecret(sent!.secretCiphertext!, keys.encryptionKey, OUTBOX_SECRET_AD);

    expect(await authorizeOf('password')({ email: recipient.email, password: code })).toBeNull();
    expect(await authorizeOf('recipient-code')({ identifier: recipient.email, code: 'abc' })).toBeNull();
    expect(await authorizeOf('recipient-code')({ identifier: recipient.email, code })).toMatchObject({
      id: recipient.id,
      role: 'recipient',
    });
  });

  it('gives staff no way in through the code provider', async () => {
    const manager = await createUser('account_manager');
    expect(await authorizeOf('recipient-code')({ identifier: manager.email, code: '123456' })).toBeNull();
  });

  it('refuses the right password with LOCKED:<until> once the e-mail address is locked, and logs the client address', async () => {
    const manager = await createUser('account_manager');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const password = authorizeOf('password', '203.0.113.77');
    for (let i = 0; i < 5; i++) expect(await password({ email: manager.email, password: 'wrong password' })).toBeNull();
    await expect(password({ email: manager.email, password: TEST_PASSWORD })).rejects.toThrow(/^LOCKED:\d{4}-\d\d-\d\dT/);
    expect(warn.mock.calls.map((call) => JSON.parse(String(call[0])).clientAddress)).toEqual(Array(7).fill('203.0.113.77'));
    warn.mockRestore();
  });

  it('refuses sign-in codes with ADDRESS_LIMITED:<until> from an address with 20 wrong ones, not from another', async () => {
    const recipient = await createUser('recipient', { phoneE164: '+447700900402' });
    const db = await getDb();
    await requestRecipientSignInCode(db, recipient.email);
    const [sent] = await db.select().from(notifications).where(eq(notifications.toAddress, recipient.email));
    const code = decryptSecret(sent!.secretCiphertext!, keys.encryptionKey, OUTBOX_SECRET_AD);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const limited = authorizeOf('recipient-code', '203.0.113.78');
    for (let i = 0; i < 20; i++) expect(await limited({ identifier: `guess${i}@test.example`, code: '123456' })).toBeNull();
    await expect(limited({ identifier: recipient.email, code })).rejects.toThrow(/^ADDRESS_LIMITED:/);
    expect(await authorizeOf('recipient-code', '203.0.113.79')({ identifier: recipient.email, code })).toMatchObject({ id: recipient.id });
    vi.restoreAllMocks();
  });
});
