import { encode, type JWT } from 'next-auth/jwt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { endUserSessions, startUserSession } from '@/db/queries/user-sessions';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path-header';
import { createUser } from '@/tests/support/fixtures';
import { setRequestCookies, setRequestHeaders } from '@/tests/support/request-headers';
import { setUpTestSecrets } from '@/tests/support/secret-keys';

setUpTestSecrets();
vi.mock('next/navigation', () => ({
  redirect: (href: string) => {
    throw new Error(`redirect ${href}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
}));

const { getActor, requirePageActor } = await import('./session');

describe('a signed-out visit to a page', () => {
  beforeEach(() => {
    setRequestHeaders({ host: 'portal.test' });
    setRequestCookies({});
  });

  it('goes to sign-in with the page’s whole path and query as the way back', async () => {
    setRequestHeaders({ host: 'portal.test', [REQUEST_PATH_HEADER]: '/shipments?status=delivered&q=wil' });
    await expect(requirePageActor(['shipper'])).rejects.toThrow(
      'redirect /sign-in?callbackUrl=%2Fshipments%3Fstatus%3Ddelivered%26q%3Dwil',
    );
  });

  it('goes to plain sign-in when the way back is missing or leaves the site', async () => {
    await expect(requirePageActor(['shipper'])).rejects.toThrow(/^redirect \/sign-in$/);
    setRequestHeaders({ host: 'portal.test', [REQUEST_PATH_HEADER]: '/..//evil.example/x' });
    await expect(requirePageActor(['shipper'])).rejects.toThrow(/^redirect \/sign-in$/);
  });
});

describe('the session a page reads from its cookie', () => {
  const COOKIE = 'next-auth.session-token';

  async function signedInShipper() {
    const user = await createUser('shipper');
    const sid = await startUserSession(await getDb(), user.id);
    const claims: JWT = { sid, uid: user.id, role: user.role, accountId: user.accountId, tv: user.tokenVersion };
    return { user, sid, token: await encode({ token: claims, secret: process.env.NEXTAUTH_SECRET! }) };
  }

  afterEach(() => {
    setRequestCookies({});
    vi.unstubAllEnvs();
  });

  it('is the signed-in user’s, whole or in the chunks next-auth splits a long cookie into', async () => {
    const { user, token } = await signedInShipper();
    setRequestCookies({ [COOKIE]: token });
    expect(await getActor()).toMatchObject({ userId: user.id, role: 'shipper' });

    const half = Math.ceil(token.length / 2);
    setRequestCookies({ [`${COOKIE}.1`]: token.slice(half), [`${COOKIE}.0`]: token.slice(0, half) });
    expect(await getActor()).toMatchObject({ userId: user.id });
  });

  it('is read from the __Secure- cookie only, behind https', async () => {
    const { user, token } = await signedInShipper();
    vi.stubEnv('NEXTAUTH_URL', 'https://portal.test');
    setRequestCookies({ [COOKIE]: token });
    expect(await getActor()).toBeNull();
    setRequestCookies({ [`__Secure-${COOKIE}`]: token });
    expect(await getActor()).toMatchObject({ userId: user.id });
  });

  it('is nobody’s for a token altered, sealed with another secret, expired, or of a session signed out', async () => {
    const { user, sid, token } = await signedInShipper();
    const claims: JWT = { sid, uid: user.id, role: user.role, accountId: user.accountId, tv: user.tokenVersion };
    const altered = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    const foreign = await encode({ token: claims, secret: 'another secret of at least thirty-two characters' });
    const expired = await encode({ token: claims, secret: process.env.NEXTAUTH_SECRET!, maxAge: -60 });
    for (const value of [altered, foreign, expired, 'not a token']) {
      setRequestCookies({ [COOKIE]: value });
      expect(await getActor()).toBeNull();
    }

    setRequestCookies({ [COOKIE]: token });
    expect(await getActor()).not.toBeNull();
    await endUserSessions(await getDb(), { sessionId: sid, userId: user.id });
    expect(await getActor()).toBeNull();
  });
});
