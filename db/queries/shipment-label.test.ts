import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { shipments } from '@/db/schema';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { defaultServiceFor, servicesFor } from '@/lib/shipping/services';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { loadShipmentLabel } from './shipment-label';

let db: Db;
let t: Awaited<ReturnType<typeof createTenants>>;
let full: { trackingId: string };
let bare: { trackingId: string };

const SHIP_TO = {
  name: 'Chloé Bernard',
  companyName: 'Maison Lumière',
  addressLine1: '12 Rue de la Paix',
  addressLine2: 'Bâtiment B',
  city: 'Paris',
  stateOrRegion: 'Île-de-France',
  postalCode: '75002',
  countryCode: 'FR',
  phoneNumber: '+33612345678',
  email: 'chloe@example.fr',
};
const SHIP_FROM = {
  name: 'Bright Gadgets Ltd',
  addressLine1: '1 Warehouse Way',
  city: 'Lyon',
  stateOrRegion: 'Rhône',
  postalCode: '69001',
  countryCode: 'FR',
};
const CREATED = new Date('2026-05-01T09:30:00Z');
const ONE_DAY_FR = servicesFor('FR').find((s) => s.id !== defaultServiceFor('FR').id)!;

beforeAll(async () => {
  db = await getDb();
  t = await createTenants();
  full = await createShipment(t.accountA.id, { marketplace: 'FR', insuredMinor: 20_000, otpEligible: true, createdAt: CREATED });
  await db
    .update(shipments)
    .set({ shipTo: SHIP_TO, shipFrom: SHIP_FROM, weight: { value: 1.5, unit: 'KILOGRAM' }, serviceId: ONE_DAY_FR.id })
    .where(eq(shipments.trackingId, full.trackingId));
  bare = await createShipment(t.accountA.id, { marketplace: 'UK', insuredMinor: 5_000, otpEligible: false });
});

describe('loadShipmentLabel', () => {
  it("gives a shipper their shipment's label content: addresses, chosen service, weight, OTP and ship date", async () => {
    const content = await loadShipmentLabel(db, actorOf(t.shipperA), full.trackingId);
    expect(content).toEqual({
      trackingId: full.trackingId,
      packageClientReferenceId: expect.stringMatching(/^REF-/),
      service: { id: ONE_DAY_FR.id, name: ONE_DAY_FR.name },
      shipFrom: { ...SHIP_FROM, companyName: null, addressLine2: null, addressLine3: null },
      shipTo: {
        name: 'Chloé Bernard',
        companyName: 'Maison Lumière',
        addressLine1: '12 Rue de la Paix',
        addressLine2: 'Bâtiment B',
        addressLine3: null,
        city: 'Paris',
        stateOrRegion: 'Île-de-France',
        postalCode: '75002',
        countryCode: 'FR',
      },
      weight: { value: 1.5, unit: 'KILOGRAM' },
      otpRequired: true,
      shipDate: CREATED,
      marketplace: 'FR',
    });
  });

  it("uses the marketplace's standard service, the recipient and the account when the row has no service, addresses or weight", async () => {
    const content = await loadShipmentLabel(db, actorOf(t.shipperA), bare.trackingId);
    const standard = defaultServiceFor('UK');
    expect(content.service).toEqual({ id: standard.id, name: standard.name });
    expect(content.shipTo).toMatchObject({ name: 'Test Recipient', countryCode: 'GB', addressLine1: '' });
    expect(content.shipFrom.name).toBe('Tenant A');
    expect(content.weight).toBeNull();
    expect(content.otpRequired).toBe(false);
  });

  it("gives the account's manager the label, and nobody else", async () => {
    await expect(loadShipmentLabel(db, actorOf(t.manager), full.trackingId)).resolves.toMatchObject({ trackingId: full.trackingId });
    await expect(loadShipmentLabel(db, actorOf(t.shipperB), full.trackingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadShipmentLabel(db, actorOf(t.otherManager), full.trackingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadShipmentLabel(db, actorOf(t.shipperA), 'SC000000000000')).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadShipmentLabel(db, actorOf(t.da), full.trackingId)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(loadShipmentLabel(db, actorOf(t.recipient), full.trackingId)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
