import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { pickUp, takeOutForDelivery } from '@/db/queries/delivery';
import { enterPasscode } from '@/db/queries/delivery-passcode';
import { getShipmentDetail } from '@/db/queries/tracker';
import { shipments } from '@/db/schema';
import { deliveryDayAt } from '@/lib/passcode';
import { sampleOneClickRequest, samplePackage, sampleShipTo } from '@/lib/shipping/sample-package';
import { CARRIER } from '@/lib/shipping/services';
import { createApiShipper } from '@/tests/support/api-shipper';
import { freshPhone, passcodeOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import { actorOf } from '@/tests/support/fixtures';
import { errorMessages } from '@/tests/support/shipping-v2-client';

let db: Db;
let uk: Awaited<ReturnType<typeof createApiShipper>>;

beforeAll(async () => {
  db = await getDb();
  uk = await createApiShipper('UK');
});

let sequence = 0;

/** A package shipped through oneClickShipment to a recipient no other test uses: its tracking id and row. */
async function shippedPackage(shipper = uk, phone = freshPhone()) {
  sequence += 1;
  const request = { ...sampleOneClickRequest([samplePackage(`TRACK-${sequence}`)]), shipTo: { ...sampleShipTo(), phoneNumber: phone } };
  const answer = await shipper.api.oneClickShipment(request);
  const { trackingId } = answer.body.payload.packageDocumentDetails[0]!;
  const [row] = await db.select().from(shipments).where(eq(shipments.trackingId, trackingId));
  return { trackingId, row: row!, promise: answer.body.payload.promise };
}

describe('getTracking', () => {
  it('a new shipment: pre-transit, its first event, and the promise its oneClickShipment gave', async () => {
    const { trackingId, promise } = await shippedPackage();
    const answer = await uk.api.getTracking({ trackingId, carrierId: CARRIER.id });
    expect(answer.status).toBe(200);
    expect(answer.body.payload).toEqual({
      trackingId,
      alternateLegTrackingId: '',
      eventHistory: [{ eventCode: 'ReadyForReceive', eventTime: expect.any(String) }],
      promisedDeliveryDate: promise.deliveryWindow.end,
      summary: { status: 'PreTransit', trackingDetailCodes: { forward: [], returns: [] } },
    });
  });

  it('after a passcode delivery: Delivered with DeliveredWithOTP, every carrier event in order', async () => {
    const { trackingId, row } = await shippedPackage();
    const da = actorOf(uk.da);
    await pickUp(db, da, row.id);
    await takeOutForDelivery(db, da, row.id);
    const code = await passcodeOf(row, deliveryDayAt('UK', new Date()));
    expect(await enterPasscode(db, da, row.id, code)).toEqual({ outcome: 'delivered' });

    const answer = await uk.api.getTracking({ trackingId });
    expect(answer.body.payload.summary).toEqual({
      status: 'Delivered',
      trackingDetailCodes: { forward: ['DeliveredWithOTP'], returns: [] },
    });
    expect(answer.body.payload.eventHistory.map((event) => event.eventCode)).toEqual([
      'ReadyForReceive',
      'PickupDone',
      'OutForDelivery',
      'Delivered',
    ]);
    const times = answer.body.payload.eventHistory.map((event) => Date.parse(event.eventTime));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // The tracker shows the same outcome.
    expect(await getShipmentDetail(db, actorOf(uk.shipper), trackingId)).toMatchObject({ trackerState: 'delivered_with_otp' });
  });

  it('after three wrong passcodes: DeliveryAttempted with OtpNotAvailable', async () => {
    const { trackingId, row } = await shippedPackage();
    const da = actorOf(uk.da);
    await pickUp(db, da, row.id);
    await takeOutForDelivery(db, da, row.id);
    const wrong = wrongCodeFor(await passcodeOf(row, deliveryDayAt('UK', new Date())));
    for (let i = 0; i < 3; i++) await enterPasscode(db, da, row.id, wrong);

    const answer = await uk.api.getTracking({ trackingId });
    expect(answer.body.payload.summary).toEqual({
      status: 'DeliveryAttempted',
      trackingDetailCodes: { forward: ['OtpNotAvailable'], returns: [] },
    });
    expect(answer.body.payload.eventHistory.at(-1)!.eventCode).toBe('DeliveryAttempted');
    expect(await getShipmentDetail(db, actorOf(uk.shipper), trackingId)).toMatchObject({ trackerState: 'attempted_otp_not_available' });
  });

  it("answers another account's tracking id exactly as an unknown one: 404", async () => {
    const other = await createApiShipper('UK');
    const { trackingId } = await shippedPackage(other);
    const theirs = await uk.api.getTracking({ trackingId });
    const unknown = await uk.api.getTracking({ trackingId: 'SC000000000000' });
    expect(theirs.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(theirs.body).toEqual(unknown.body);
    expect(theirs.body.errors).toEqual([{ code: 'NotFound', message: 'No shipment has this trackingId.' }]);
    expect((await other.api.getTracking({ trackingId })).status).toBe(200);
  });

  it('refuses a missing trackingId, another carrier and an unknown business id with 400 naming them', async () => {
    expect(errorMessages(await uk.api.getTracking({ carrierId: CARRIER.id }))).toEqual(['trackingId: is required']);
    expect(errorMessages(await uk.api.getTracking({ trackingId: ' ' }))).toEqual(['trackingId: is required']);
    expect(errorMessages(await uk.api.getTracking({ trackingId: 'SC1', carrierId: 'UPS' }))).toEqual([
      `carrierId: must be ${CARRIER.id} (got "UPS")`,
    ]);
    const header = await uk.api.getTracking({ trackingId: 'SC1' }, { 'x-amzn-shipping-business-id': 'AmazonShipping_JP' });
    expect(header.status).toBe(400);
    expect(errorMessages(header)[0]).toMatch(/^x-amzn-shipping-business-id: must be one of/);
  });
});
