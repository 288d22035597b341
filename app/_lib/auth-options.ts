import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { getDb } from '@/db/client';
import { endUserSessions, startUserSession } from '@/db/queries/user-sessions';
import { SESSION_ABSOLUTE_MS } from '@/lib/auth/session-policy';
import { sameOriginUrl } from '@/lib/http/safe-redirect';
import { signInProviders } from './auth-providers';
import { sessionView } from './session-actor';

/** Thrown by the jwt callback for a token whose session is over: next-auth then clears the cookie. */
class SessionEndedError extends Error {
  constructor() {
    super('session ended');
    this.name = 'SessionEndedError';
  }
}

/**
 * JWT sessions (the credentials providers require them), each backed by a database row: every request
 * re-checks the row, so sign-out, the 24-hour limit and the idle timeout end a session everywhere,
 * /api/auth/session included, on every instance. The cookie's own expiry is only an upper bound.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_ABSOLUTE_MS / 1000 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: signInProviders,
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sid = await startUserSession(await getDb(), user.id);
        token.uid = user.id;
        token.role = user.role;
        token.accountId = user.accountId;
        token.tv = user.tokenVersion;
        return token;
      }
      if (!token.sid || !(await sessionView(token.sid, token.uid, token.tv))) throw new SessionEndedError();
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
      session.sessionId = token.sid;
      session.tokenVersion = token.tv;
      return session;
    },
    redirect({ url, baseUrl }) {
      return sameOriginUrl(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.uid) await endUserSessions(await getDb(), { sessionId: token.sid, userId: token.uid });
    },
  },
  logger: {
    error(code, metadata) {
      if (code === 'JWT_SESSION_ERROR' && metadata instanceof SessionEndedError) return;
      console.error(JSON.stringify({ event: 'auth.error', code, message: metadata instanceof Error ? metadata.message : undefined }));
    },
    warn(code) {
      console.warn(JSON.stringify({ event: 'auth.warning', code }));
    },
    debug() {},
  },
};
