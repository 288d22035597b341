import 'server-only';
import type { RequestInternal } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { signInWithRecipientCode } from '@/db/queries/recipient-sign-in';
import { verifyPasswordSignIn } from '@/db/queries/users';
import { clientAddressOf } from '@/lib/http/client-address';
import { recipientCodeFormSchema } from '@/lib/validations/recipient-sign-in';

const passwordSignInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

/** next-auth hands `authorize` the request headers as a plain object. */
function clientAddressOfRequest(req: Pick<RequestInternal, 'headers'> | undefined): string {
  const headers = req?.headers ?? {};
  return clientAddressOf({
    get: (name: string) => {
      const value: unknown = headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : null;
    },
  });
}

/**
 * The two ways in: a staff or shipper password, and a recipient's one-time sign-in code. A refusal
 * before the check (locked, or too many failures from the address) is thrown as SignInRefusedError,
 * whose short code the sign-in forms turn into a sentence.
 */
export const signInProviders = [
  CredentialsProvider({
    id: 'password',
    name: 'Email and password',
    credentials: { email: { type: 'email' }, password: { type: 'password' } },
    async authorize(credentials, req) {
      const parsed = passwordSignInSchema.safeParse(credentials);
      if (!parsed.success) return null;
      return verifyPasswordSignIn(await getDb(), parsed.data.email, parsed.data.password, { clientAddress: clientAddressOfRequest(req) });
    },
  }),
  CredentialsProvider({
    id: 'recipient-code',
    name: 'Recipient sign-in code',
    credentials: { identifier: { type: 'text' }, code: { type: 'text' } },
    async authorize(credentials, req) {
      const parsed = recipientCodeFormSchema.safeParse(credentials);
      if (!parsed.success) return null;
      return signInWithRecipientCode(await getDb(), parsed.data.identifier, parsed.data.code, {
        clientAddress: clientAddressOfRequest(req),
      });
    },
  }),
];
