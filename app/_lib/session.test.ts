import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path-header';
import { setRequestHeaders } from '@/tests/support/request-headers';

vi.mock('next-auth', () => ({ getServerSession: async () => null }));
vi.mock('next/navigation', () => ({
  redirect: (href: string) => {
    throw new Error(`redirect ${href}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
}));

const { requirePageActor } = await import('./session');

describe('a signed-out visit to a page', () => {
  beforeEach(() => setRequestHeaders({ host: 'portal.test' }));

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
