import 'server-only';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import type { Actor, Station } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import type { DbOrTx } from '../client';
import { type User, users } from '../schema';
import { throttledPasswordSignIn } from './sign-in-throttle';

export interface SignInIdentity {
  id: string;
  role: Role;
  name: string;
  email: string;
  accountId: string | null;
  tokenVersion: number;
}

// Compared against when the e-mail is unknown, so both answers take the same time.
const DUMMY_HASH = bcrypt.hashSync('no-such-user-password', 10);

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a staff/shipper password. Unknown user and wrong password give the same null, and are throttled
 * alike per e-mail address and client address: while either is locked, even the right password is
 * refused with a SignInRefusedError.
 */
export async function verifyPasswordSignIn(
  db: DbOrTx,
  email: string,
  password: string,
  options: { clientAddress?: string; now?: Date } = {},
): Promise<SignInIdentity | null> {
  const now = options.now ?? new Date();
  const normalised = normaliseEmail(email);
  const attempt = {
    method: 'password',
    identifiers: [normalised],
    clientAddress: options.clientAddress ?? 'unknown',
    now,
  } as const;
  return throttledPasswordSignIn(db, attempt, async () => {
    const [user] = await db.select().from(users).where(eq(users.email, normalised)).limit(1);
    const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.passwordHash || user.disabled || user.role === 'recipient') return null;
    await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    return identityOf(user);
  });
}

export function identityOf(user: User): SignInIdentity {
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    accountId: user.accountId,
    tokenVersion: user.tokenVersion,
  };
}

/** The user columns an actor is made of: a session lookup reads these and no more. */
export const actorColumns = {
  id: users.id,
  role: users.role,
  name: users.name,
  email: users.email,
  accountId: users.accountId,
  station: users.station,
  phoneE164: users.phoneE164,
};

/** Each role carries only its own scope: an account for a shipper, a station for a DA, a phone for a recipient. */
export function actorFromUser(user: Pick<User, keyof typeof actorColumns>): Actor {
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    accountId: user.role === 'shipper' ? user.accountId : null,
    station: user.role === 'delivery_associate' ? (user.station as Station | null) : null,
    phoneE164: user.role === 'recipient' ? user.phoneE164 : null,
  };
}
