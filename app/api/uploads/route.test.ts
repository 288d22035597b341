import '@/tests/support/db-setup';
import { count, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { shipments } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { samplePackage, sampleGetRatesRequest } from '@/lib/shipping/sample-package';
import { csvFile } from '@/lib/upload/sample-files';
import { actorOf, createAccount, createTenants, createUser } from '@/tests/support/fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../_lib/session', () => ({ getActor: async () => session.actor }));

const { POST } = await import('./route');
const { POST: STORE } = await import('./[uploadId]/store/route');
const { DELETE: DISCARD } = await import('./[uploadId]/route');

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

const store = (id: string, origin = SITE) =>
  STORE(new Request(`${SITE}/api/uploads/${id}/store`, { method: 'POST', headers: { host: 'portal.test', origin } }), {
    params: Promise.resolve({ uploadId: id }),
  });

async function checkedUploadId(body: string): Promise<string> {
  const response = await POST(uploadRequest(body));
  expect(response.status).toBe(200);
  return ((await lines(response)).at(-1) as { report: { uploadId: string } }).report.uploadId;
}

describe('POST /api/uploads', () => {
  it('answers a checked file 200, the report streamed', async () => {
    const response = await POST(uploadRequest(sample));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const events = await lines(response);
    expect(events.at(-1)).toMatchObject({ type: 'result', ok: true, report: { summary: { valid: 1, eligible: 0 } } });
  });

  it.each([
    [
      'a PNG, whatever its name',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      415,
      'UNSUPPORTED_FILE_TYPE',
    ],
    ['malformed JSON', '{"packages": [', 400, 'JSON_SYNTAX'],
    ['an empty file', '', 422, 'EMPTY_FILE'],
    ['more rows than 100,000', csvFile([]) + 'x\r\n'.repeat(100_001), 413, 'TOO_MANY_PACKAGES'],
  ])('refuses %s whole with its real status and the refusal as JSON', async (_name, body, status, code) => {
    const response = await POST(uploadRequest(body as BodyInit));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ ok: false, status, code, message: expect.any(String) });
  });

  it('answers a CSV with unknown headers 422 with what the mapping form needs', async () => {
    const renamed = csvFile([{ package_client_reference_id: 'ROUTE-MAP' }]).replace('ship_to_phone', 'Mobile');
    const response = await POST(uploadRequest(renamed, { 'x-file-name': 'm.csv' }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      ok: false,
      code: 'CSV_HEADERS_UNMAPPED',
      unknownHeaders: ['Mobile'],
      headers: expect.arrayContaining(['Mobile']),
    });
  });

  it('answers 429 once the account holds 5 staged files, listing them; discarding one makes room', async () => {
    const account = await createAccount();
    session.actor = actorOf(await createUser('shipper', { accountId: account.id }));
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await checkedUploadId(JSON.stringify(sampleGetRatesRequest([samplePackage(`ROUTE-Q-${i}`)]))));
    const refused = await POST(uploadRequest(sample));
    expect(refused.status).toBe(429);
    const body = await refused.json();
    expect(body).toMatchObject({ ok: false, status: 429, code: 'STAGING_QUOTA_EXCEEDED', message: expect.stringContaining('(5)') });
    expect(body.staged.map((s: { uploadId: string }) => s.uploadId)).toEqual(ids);

    const discard = await DISCARD(
      new Request(`${SITE}/api/uploads/${ids[0]}`, { method: 'DELETE', headers: { host: 'portal.test', origin: SITE } }),
      { params: Promise.resolve({ uploadId: ids[0]! }) },
    );
    expect(discard.status).toBe(200);
    expect((await POST(uploadRequest(sample))).status).toBe(200);
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
    const response = await POST(
      uploadRequest('a,b\n1,2\n', { 'x-csv-mapping': encodeURIComponent(JSON.stringify({ Mobile: 'not_a_field' })) }),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).message).toBe('Column mapping for "Mobile": is not a field of the template.');
  });

  it('stores a checked upload through the store route once, streaming progress; then answers 409, and 404 for an unknown upload', async () => {
    const uploadId = await checkedUploadId(JSON.stringify(sampleGetRatesRequest([samplePackage('ROUTE-STORE')])));
    expect((await store(uploadId, 'https://evil.example')).status).toBe(403);
    const stored = await store(uploadId);
    expect(stored.status).toBe(200);
    const events = await lines(stored);
    expect(events[0]).toMatchObject({ type: 'progress', phase: 'storing', done: 1, total: 1 });
    expect(events.at(-1)).toMatchObject({ type: 'result', ok: true, stored: 1 });
    const again = await store(uploadId);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ ok: false, status: 409, message: expect.stringContaining('already stored') });
    const unknown = await store('00000000-0000-0000-0000-000000000000');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, status: 404, message: 'No such upload.' });
    const db = await getDb();
    const [row] = await db.select({ n: count() }).from(shipments).where(eq(shipments.accountId, accountId));
    expect(row!.n).toBe(1);
  });
});
