import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { notifications, recipientSignInCodes } from '@/db/schema';
import { OUTBOX_SECRET_AD, SECRET_PLACEHOLDER } from '@/lib/messages/types';
import { decryptSecret } from '@/lib/passcode';
import { createAccount, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { requestRecipientSignInCode, verifyRecipientSignInCode } from './recipient-sign-in';

const keys = setUpTestSecrets();
const MINUTE = 60_000;

async function messagesTo(...addresses: string[]) {
  const db = await getDb();
  const rows = await db.select().from(notifications);
  return rows.filter((r) => addresses.includes(r.toAddress));
}

/** The code as the recipient reads it: the newest sealed secret sent to them. */
async function latestCodeSentTo(address: string): Promise<string> {
  const rows = await messagesTo(address);
  const newest = rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!newest?.secretCiphertext) throw new Error(`no code sent to ${address}`);
  return decryptSecret(newest.secretCiphertext, keys.encryptionKey, OUTBOX_SECRET_AD);
}

function wrongCode(code: string): string {
  return code === '000000' ? '000001' : '000000';
}

async function recipient(phoneE164: string) {
  return createUser('recipient', { phoneE164 });
}

describe('recipient sign-in code', () => {
  it('signs in by e-mail: a code by SMS and e-mail, sealed, then accepted once', async () => {
    const db = await getDb();
    const user = await recipient('+447700900201');
    expect(await requestRecipientSignInCode(db, `  ${user.email.toUpperCase()} `)).toEqual({ accepted: true });

    const sent = await messagesTo(user.email, '+447700900201');
    expect(sent.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
    const code = await latestCodeSentTo(user.email);
    expect(code).toMatch(/^\d{6}$/);
    for (const m of sent) {
      expect(m.body).toContain(SECRET_PLACEHOLDER);
      expect(m.body).not.toContain(code);
      expect(m.body).toMatch(/never share (this code|it) with anyone/i);
      expect(m.body).toContain('10 minutes');
      expect(m.subject ?? '').not.toContain(code);
    }
    const [stored] = await db.select().from(recipientSignInCodes).where(eq(recipientSignInCodes.userId, user.id));
    expect(stored!.codeHmac).not.toContain(code);

    const identity = await verifyRecipientSignInCode(db, user.email, code);
    expect(identity).toEqual({ id: user.id, role: 'recipient', name: user.name, email: user.email, accountId: null, tokenVersion: 0 });
  });

  it('signs in by mobile number typed in local or international form', async () => {
    const db = await getDb();
    await recipient('+447700900202');
    await requestRecipientSignInCode(db, '07700 900202');
    const code = await latestCodeSentTo('+447700900202');
    expect(await verifyRecipientSignInCode(db, '+44 7700 900202', code)).toMatchObject({ role: 'recipient' });
  });

  it('refuses a used code', async () => {
    const db = await getDb();
    const user = await recipient('+447700900203');
    await requestRecipientSignInCode(db, user.email);
    const code = await latestCodeSentTo(user.email);
    expect(await verifyRecipientSignInCode(db, user.email, code)).not.toBeNull();
    expect(await verifyRecipientSignInCode(db, user.email, code)).toBeNull();
  });

  it('refuses even the right code after 5 wrong ones', async () => {
    const db = await getDb();
    const user = await recipient('+447700900204');
    await requestRecipientSignInCode(db, user.email);
    const code = await latestCodeSentTo(user.email);
    for (let i = 0; i < 5; i++) expect(await verifyRecipientSignInCode(db, user.email, wrongCode(code))).toBeNull();
    expect(await verifyRecipientSignInCode(db, user.email, code)).toBeNull();
    const [row] = await db.select().from(recipientSignInCodes).where(eq(recipientSignInCodes.userId, user.id));
    expect(row).toMatchObject({ failedAttempts: 5, consumedAt: null });
  });

  it('accepts the right code after 4 wrong ones', async () => {
    const db = await getDb();
    const user = await recipient('+447700900205');
    await requestRecipientSignInCode(db, user.email);
    const code = await latestCodeSentTo(user.email);
    for (let i = 0; i < 4; i++) await verifyRecipientSignInCode(db, user.email, wrongCode(code));
    expect(await verifyRecipientSignInCode(db, user.email, code)).not.toBeNull();
  });

  it('refuses an expired code', async () => {
    const db = await getDb();
    const user = await recipient('+447700900206');
    const issuedAt = new Date();
    await requestRecipientSignInCode(db, user.email, { now: issuedAt });
    const code = await latestCodeSentTo(user.email);
    const later = new Date(issuedAt.getTime() + 10 * MINUTE + 1000);
    expect(await verifyRecipientSignInCode(db, user.email, code, { now: later })).toBeNull();
  });

  it('answers an unknown identifier, a shipper and a disabled recipient the same way and sends nothing', async () => {
    const db = await getDb();
    const account = await createAccount();
    const shipper = await createUser('shipper', { accountId: account.id, phoneE164: '+447700900207' });
    const disabled = await createUser('recipient', { phoneE164: '+447700900208', disabled: true });
    const before = (await db.select().from(notifications)).length;
    for (const identifier of ['nobody@test.example', '+44 7700 900999', shipper.email, '07700 900207', disabled.email]) {
      expect(await requestRecipientSignInCode(db, identifier)).toEqual({ accepted: true });
      expect(await verifyRecipientSignInCode(db, identifier, '123456')).toBeNull();
    }
    expect((await db.select().from(notifications)).length).toBe(before);
  });

  it('refuses malformed identifiers and codes without touching the attempt count', async () => {
    const db = await getDb();
    const user = await recipient('+447700900209');
    await requestRecipientSignInCode(db, user.email);
    for (const code of ['', '12345', '1234567', 'abcdef', ' 123456']) {
      expect(await verifyRecipientSignInCode(db, user.email, code)).toBeNull();
    }
    const [row] = await db.select().from(recipientSignInCodes).where(eq(recipientSignInCodes.userId, user.id));
    expect(row!.failedAttempts).toBe(0);
    expect(await requestRecipientSignInCode(db, 'not an identifier')).toEqual({ accepted: true });
  });

  it('sends at most 5 codes per recipient per 15 minutes', async () => {
    const db = await getDb();
    const user = await recipient('+447700900210');
    const start = new Date();
    for (let i = 0; i < 7; i++) {
      expect(await requestRecipientSignInCode(db, user.email, { now: new Date(start.getTime() + i * 1000) })).toEqual({ accepted: true });
    }
    expect(await db.select().from(recipientSignInCodes).where(eq(recipientSignInCodes.userId, user.id))).toHaveLength(5);
    expect(await messagesTo(user.email)).toHaveLength(5);
    await requestRecipientSignInCode(db, user.email, { now: new Date(start.getTime() + 16 * MINUTE) });
    expect(await messagesTo(user.email)).toHaveLength(6);
  });

  it('accepts only the newest code once a new one is requested', async () => {
    const db = await getDb();
    const user = await recipient('+447700900211');
    const start = new Date();
    await requestRecipientSignInCode(db, user.email, { now: start });
    const first = await latestCodeSentTo(user.email);
    await requestRecipientSignInCode(db, user.email, { now: new Date(start.getTime() + 1000) });
    const second = await latestCodeSentTo(user.email);
    if (first !== second) expect(await verifyRecipientSignInCode(db, user.email, first)).toBeNull();
    expect(await verifyRecipientSignInCode(db, user.email, second)).not.toBeNull();
  });

  // Meaningful on PostgreSQL (DATABASE_URL): PGlite runs one statement at a time.
  it('counts at most 5 of 30 parallel wrong guesses and lets no parallel guess through afterwards', async () => {
    const db = await getDb();
    const user = await recipient('+447700900212');
    await requestRecipientSignInCode(db, user.email);
    const code = await latestCodeSentTo(user.email);
    const results = await Promise.all(Array.from({ length: 30 }, () => verifyRecipientSignInCode(db, user.email, wrongCode(code))));
    expect(results.every((r) => r === null)).toBe(true);
    const [row] = await db.select().from(recipientSignInCodes).where(eq(recipientSignInCodes.userId, user.id));
    expect(row!.failedAttempts).toBe(5);
    expect(await verifyRecipientSignInCode(db, user.email, code)).toBeNull();
  });

  it('signs in exactly once when the right code is sent 10 times in parallel', async () => {
    const db = await getDb();
    const user = await recipient('+447700900213');
    await requestRecipientSignInCode(db, user.email);
    const code = await latestCodeSentTo(user.email);
    const results = await Promise.all(Array.from({ length: 10 }, () => verifyRecipientSignInCode(db, user.email, code)));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('issues at most 5 codes for 12 parallel requests', async () => {
    const db = await getDb();
    const user = await recipient('+447700900214');
    await Promise.all(Array.from({ length: 12 }, () => requestRecipientSignInCode(db, user.email)));
    expect(await db.select().from(recipientSignInCodes).where(eq(recipientSignInCodes.userId, user.id))).toHaveLength(5);
    expect(await messagesTo(user.email)).toHaveLength(5);
  });
});
