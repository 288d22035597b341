import '@/tests/support/db-setup';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { shipments } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { labelContent } from '@/lib/labels/testing/label-fixtures';
import { pdfFirstPage, pdfPixels, pngPixels, readCode128 } from '@/lib/labels/testing/label-readers';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { createShipment } from '@/tests/support/shipment-fixtures';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../../../_lib/session', () => ({ getActor: async () => session.actor }));

const { GET } = await import('./route');

let t: Awaited<ReturnType<typeof createTenants>>;
let trackingId: string;
// The fixture label's addresses (recipient Emma Wilson), stored on a real shipment.
const fixture = labelContent();

const labelOf = (id: string, query = '') =>
  GET(new Request(`http://portal.test/shipments/${id}/label${query}`), { params: Promise.resolve({ trackingId: id }) });

beforeAll(async () => {
  t = await createTenants();
  const shipment = await createShipment(t.accountA.id, { insuredMinor: 20_000, otpEligible: true });
  trackingId = shipment.trackingId;
  const db = await getDb();
  await db
    .update(shipments)
    .set({
      shipTo: fixture.shipTo,
      shipFrom: fixture.shipFrom,
      weight: { value: 900, unit: 'GRAM' },
    })
    .where(eq(shipments.id, shipment.id));
});
beforeEach(() => {
  session.actor = null;
});

describe('GET /shipments/<trackingId>/label', () => {
  it("downloads the shipper's own label as a PDF whose barcode decodes to the tracking id", async () => {
    session.actor = actorOf(t.shipperA);
    const response = await labelOf(trackingId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${trackingId}.pdf"`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect((await pdfFirstPage(pdf)).texts).toEqual(expect.arrayContaining(['Emma Wilson', 'OTP', trackingId]));
    expect(readCode128(await pdfPixels(pdf, 203))).toBe(trackingId);
  });

  it('answers PNG and ZPL when asked, and the manager of the account gets it too', async () => {
    session.actor = actorOf(t.manager);
    const png = await labelOf(trackingId, '?format=PNG&dpi=300');
    expect(png.status).toBe(200);
    expect(png.headers.get('content-disposition')).toBe(`attachment; filename="${trackingId}.png"`);
    const pixels = await pngPixels(new Uint8Array(await png.arrayBuffer()));
    expect([pixels.width, pixels.height]).toEqual([1200, 1800]);
    expect(readCode128(pixels)).toBe(trackingId);
    const zpl = await labelOf(trackingId, '?format=zpl');
    expect(zpl.headers.get('content-disposition')).toBe(`attachment; filename="${trackingId}.zpl"`);
    expect(await zpl.text()).toContain(`^FD${trackingId}^FS`);
  });

  it('refuses without a session, and for roles without shipments', async () => {
    expect((await labelOf(trackingId)).status).toBe(401);
    session.actor = actorOf(t.da);
    expect((await labelOf(trackingId)).status).toBe(403);
  });

  it("answers 404 for another account's tracking id, exactly as for an unknown one", async () => {
    for (const actor of [t.shipperB, t.otherManager]) {
      session.actor = actorOf(actor);
      const response = await labelOf(trackingId);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ ok: false, message: 'No such shipment.' });
    }
    session.actor = actorOf(t.shipperA);
    expect(await (await labelOf('SC000000000000')).json()).toEqual({ ok: false, message: 'No such shipment.' });
    expect((await labelOf('not a tracking id')).status).toBe(404);
  });

  it('refuses an unknown format or resolution with 400', async () => {
    session.actor = actorOf(t.shipperA);
    for (const query of ['?format=GIF', '?format=', '?dpi=96', '?format=PDF&dpi=abc']) {
      const response = await labelOf(trackingId, query);
      expect(response.status).toBe(400);
    }
  });
});
