import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { decryptSecret } from '@/lib/passcode';
import { createUser } from '@/tests/support/fixtures';
import { useTestSecrets } from '@/tests/support/secret-keys';
import { requestRecipientSignInCode } from '@/db/queries/recipient-sign-in';
import { authOptions } from './auth-options';

const keys = useTestSecrets();

function authorizeOf(id: string) {
  const provider = authOptions.providers.find((p) => (p as CredentialsConfig).options?.id === id) as CredentialsConfig | undefined;
  if (!provider) throw new Error(`no provider ${id}`);
  return (credentials: Record<string, string>) => provider.options.authorize!(credentials, {} as never);
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
    expect(await authorizeOf('recipient-code')({ identifier: recipient.email, code })).toMatchObject({ id: recipient.id, role: 'recipient' });
  });

  it('gives staff no way in through the code provider', async () => {
    const manager = await createUser('account_manager');
    expect(await authorizeOf('recipient-code')({ identifier: manager.email, code: '123456' })).toBeNull();
  });
});
