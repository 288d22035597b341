import '@/tests/support/db-setup';
import { count, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { shipments } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { samplePackage, sampleGetRatesRequest } from '@/lib/shipping/sample-package';
import { actorOf, createTenants } from '@/tests/support/fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../_lib/session', () => ({ getActor: async () => session.actor }));

const { POST } = await import('./route');
const { POST: STORE } = await import('./[uploadId]/store/route');

const SITE = 'http://portal.test';
let shipper: Actor;
let manager: Actor;
let accountId: string;

beforeAll(async () => {
  const t = await createTenants();
  shipper = actorOf(t.shipperA);
  manager = actorOf(t.manager);
  accountId = t.accountA.id;
});
beforeEach(() => {
  session.actor = shipper;
});

function uploadRequest(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(`${SITE}/api/uploads`, {
    method: 'POST',
    body,
    headers: { host: 'portal.test', origin: SITE, 'x-file-name': 'f.json', ...headers },
    duplex: 'half',
  } as RequestInit);
}

async function lines(response: Response): Promise<Record<string, unknown>[]> {
  return (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const sample = JSON.stringify(sampleGetRatesRequest([samplePackage('ROUTE-1')]));

describe('POST /api/uploads', () => {
  it('checks a file and streams progress, then the report', async () => {
    const events = await lines(await POST(uploadRequest(sample)));
    expect(events[0]).toMatchObject({ type: 'progress', phase: 'checking' });
    expect(events.at(-1)).toMatchObject({ type: 'result', ok: true, report: { summary: { valid: 1, eligible: 0 } } });
  });

  it('refuses without a session, for another role, and from another site', async () => {
    session.actor = null;
    expect((await POST(uploadRequest(sample))).status).toBe(401);
    session.actor = manager;
    expect((await POST(uploadRequest(sample))).status).toBe(403);
    session.actor = shipper;
    expect((await POST(uploadRequest(sample, { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await POST(uploadRequest(sample, { origin: '', 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
  });

  it('refuses a declared size over 50 MB before reading it', async () => {
    const response = await POST(uploadRequest('x', { 'content-length': String(51 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('50 MB') });
  });

  it('stops reading a streamed body once it passes 50 MB', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 60) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await POST(uploadRequest(body));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThanOrEqual(52);
  });

  it('names the field of a bad column mapping', async () => {
    const response = await POST(uploadRequest('a,b\n1,2\n', { 'x-csv-mapping': encodeURIComponent(JSON.stringify({ Mobile: 'not_a_field' })) }));
    expect(response.status).toBe(422);
    expect((await response.json()).message).toBe('Column mapping for "Mobile": is not a field of the template.');
  });

  it('stores a checked upload through the store route, once', async () => {
    const [, result] = (await lines(await POST(uploadRequest(JSON.stringify(sampleGetRatesRequest([samplePackage('ROUTE-STORE')])))))).slice(-2);
    const uploadId = (result as { report: { uploadId: string } }).report.uploadId;
    const store = (id: string, origin = SITE) =>
      STORE(new Request(`${SITE}/api/uploads/${id}/store`, { method: 'POST', headers: { host: 'portal.test', origin } }), { params: Promise.resolve({ uploadId: id }) });
    expect((await store(uploadId, 'https://evil.example')).status).toBe(403);
    expect((await lines(await store(uploadId))).at(-1)).toMatchObject({ type: 'result', ok: true, stored: 1 });
    expect((await lines(await store(uploadId))).at(-1)).toMatchObject({ type: 'result', ok: false, status: 409 });
    const db = await getDb();
    const [row] = await db.select({ n: count() }).from(shipments).where(eq(shipments.accountId, accountId));
    expect(row!.n).toBe(1);
  });
});
