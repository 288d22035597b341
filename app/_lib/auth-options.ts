import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { verifyRecipientSignInCode } from '@/db/queries/recipient-sign-in';
import { revokeSessions, verifyPasswordSignIn } from '@/db/queries/users';
import { recipientCodeFormSchema } from '@/lib/validations/recipient-sign-in';

/** Sessions end after at most 24 hours (NIST 800-63B AAL2 reauthentication). */
export const SESSION_MAX_AGE_SECONDS = 24 * 60 * 60;

const passwordSignInSchema = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      id: 'password',
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        const parsed = passwordSignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        return verifyPasswordSignIn(parsed.data.email, parsed.data.password);
      },
    }),
    CredentialsProvider({
      id: 'recipient-code',
      name: 'Recipient sign-in code',
      credentials: { identifier: { type: 'text' }, code: { type: 'text' } },
      async authorize(credentials) {
        const parsed = recipientCodeFormSchema.safeParse(credentials);
        if (!parsed.success) return null;
        return verifyRecipientSignInCode(await getDb(), parsed.data.identifier, parsed.data.code);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.accountId = user.accountId;
        token.tv = user.tokenVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        role: token.role,
        name: token.name ?? '',
        email: token.email ?? '',
        accountId: token.accountId,
      };
      session.tokenVersion = token.tv;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.uid) await revokeSessions(token.uid);
    },
  },
};
