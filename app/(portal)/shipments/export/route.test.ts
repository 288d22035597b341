import '@/tests/support/db-setup';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { actorOf, createTenants } from '@/tests/support/fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../../_lib/session', () => ({ getActor: async () => session.actor }));

const { GET } = await import('./route');

let t: Awaited<ReturnType<typeof createTenants>>;
const exportOf = (query = '') => GET(new Request(`http://portal.test/shipments/export${query}`));

beforeAll(async () => {
  t = await createTenants();
});
beforeEach(() => {
  session.actor = null;
});

describe('GET /shipments/export', () => {
  it('refuses without a session and for roles that have no tracker', async () => {
    expect((await exportOf()).status).toBe(401);
    session.actor = actorOf(t.da);
    expect((await exportOf()).status).toBe(403);
    session.actor = actorOf(t.recipient);
    expect((await exportOf()).status).toBe(403);
  });

  it("refuses a manager's export of an account that is not theirs, and a shipper naming another account", async () => {
    session.actor = actorOf(t.otherManager);
    expect((await exportOf(`?account=${t.accountA.id}`)).status).toBe(404);
    session.actor = actorOf(t.shipperB);
    expect((await exportOf(`?account=${t.accountA.id}`)).status).toBe(404);
  });

  it("exports the shipper's own account as CSV", async () => {
    session.actor = actorOf(t.shipperA);
    const response = await exportOf();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect((await response.text()).split('\r\n')[0]).toContain('tracking_id');
  });
});
