import type { Role } from '@/lib/auth/roles';

declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
    accountId: string | null;
    tokenVersion: number;
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string; accountId: string | null };
    sessionId: string;
    tokenVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sid: string;
    uid: string;
    role: Role;
    accountId: string | null;
    tv: number;
  }
}
