import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { getShipmentDetail, listTrackerShipments } from '@/db/queries/tracker';
import { checkUploadFile, storeCheckedUpload } from '@/db/queries/uploads';
import { shipments, uploads } from '@/db/schema';
import { pdfFirstPage, pdfPixels, pngPixels, readCode128 } from '@/lib/labels/testing/label-readers';
import { deliveryWindow } from '@/lib/shipping/delivery-promise';
import { sampleGetRatesRequest, sampleOneClickRequest, samplePackage, sampleShipTo } from '@/lib/shipping/sample-package';
import { CARRIER, serviceById } from '@/lib/shipping/services';
import { DEFAULT_QUERY } from '@/lib/tracker/query';
import { utf8 } from '@/lib/upload/sample-files';
import { createApiShipper } from '@/tests/support/api-shipper';
import { freshPhone } from '@/tests/support/delivery-fixtures';
import { actorOf } from '@/tests/support/fixtures';
import { errorMessages } from '@/tests/support/shipping-v2-client';

let db: Db;
let uk: Awaited<ReturnType<typeof createApiShipper>>;

beforeAll(async () => {
  db = await getDb();
  uk = await createApiShipper('UK');
});

/** The sample one-click request for these client references, to a recipient no other test uses. */
function oneClickRequest(refs: string[], extra: Record<string, unknown> = {}) {
  const request = sampleOneClickRequest(refs.map((ref) => samplePackage(ref)));
  return { ...request, shipTo: { ...sampleShipTo(), phoneNumber: freshPhone() }, ...extra };
}

async function counts(accountId: string) {
  const [s] = await db.select({ n: count() }).from(shipments).where(eq(shipments.accountId, accountId));
  const [u] = await db.select({ n: count() }).from(uploads).where(eq(uploads.accountId, accountId));
  return { shipments: s!.n, uploads: u!.n };
}

const decoded = (contents: string) => Buffer.from(contents, 'base64');

describe('oneClickShipment with the announcement sample', () => {
  it('stores it as the upload does and answers with the shipment, tracking id, label and OTP outcome', async () => {
    const answer = await uk.api.oneClickShipment(sampleOneClickRequest());
    expect(answer.status).toBe(200);
    const { payload } = answer.body;
    const service = serviceById('SWA-UK-PREM')!;
    expect(payload.carrier).toEqual({ id: CARRIER.id, name: CARRIER.name });
    expect(payload.service).toEqual({ id: 'SWA-UK-PREM', name: 'Amazon Shipping One Day' });
    expect(payload.totalCharge).toEqual({ value: 7.75, unit: 'GBP' });
    expect(payload.otpSecureDelivery).toEqual({
      packages: [{ packageClientReferenceId: '20231003140431gkuelozg2ys', otpRequired: true, reasons: [] }],
    });
    const [detail] = payload.packageDocumentDetails;
    expect(detail).toMatchObject({
      packageClientReferenceId: '20231003140431gkuelozg2ys',
      trackingId: expect.stringMatching(/^SC\d{12}$/),
    });
    expect(detail!.packageDocuments).toHaveLength(1);
    expect(detail!.packageDocuments[0]).toMatchObject({ type: 'LABEL', format: 'PDF' });

    const [upload] = await db.select().from(uploads).where(eq(uploads.id, payload.shipmentId));
    expect(upload).toMatchObject({
      accountId: uk.account.id,
      apiKeyId: uk.keyId,
      userId: uk.shipper.id,
      fileName: 'oneClickShipment',
      format: 'api',
      status: 'stored',
      packageCount: 1,
      storedCount: 1,
      eligibleCount: 1,
    });
    const [stored] = await db.select().from(shipments).where(eq(shipments.trackingId, detail!.trackingId));
    expect(stored).toMatchObject({
      accountId: uk.account.id,
      uploadId: payload.shipmentId,
      serviceId: 'SWA-UK-PREM',
      otpEligible: true,
      marketplace: 'UK',
      trackerState: 'label_created',
      insuredValueMinor: 11501,
    });
    const { shipDate } = (upload!.report as { oneClick: { shipDate: string } }).oneClick;
    const window = deliveryWindow(service, new Date(shipDate));
    expect(payload.promise.deliveryWindow).toEqual({ start: window.start.toISOString(), end: window.end.toISOString() });
  });

  it('shows in the tracker, listed under its upload with its OTP outcome', async () => {
    const answer = await uk.api.oneClickShipment(oneClickRequest(['TRACKER-1', 'TRACKER-2']));
    const { shipmentId, packageDocumentDetails } = answer.body.payload;
    const shipper = actorOf(uk.shipper);
    const listed = await listTrackerShipments(db, shipper, { ...DEFAULT_QUERY, upload: shipmentId, otp: 'yes' });
    expect(listed.rows.map((row) => [row.clientRef, row.trackingId, row.otpEligible, row.trackerState]).sort()).toEqual(
      packageDocumentDetails.map((d) => [d.packageClientReferenceId, d.trackingId, true, 'label_created']).sort(),
    );
    const detail = await getShipmentDetail(db, shipper, packageDocumentDetails[0]!.trackingId);
    expect(detail).toMatchObject({ clientRef: 'TRACKER-1', otpEligible: true, eligibility: { eligible: true, reasons: [] } });
    expect(detail.events.map((event) => event.eventCode)).toEqual(['ReadyForReceive']);
  });

  it('shows a package that needs no passcode in the tracker with the reasons it gave', async () => {
    const cheap = { ...samplePackage('TRACKER-CHEAP'), insuredValue: { value: 40, unit: 'GBP' } };
    const answer = await uk.api.oneClickShipment({ ...oneClickRequest([]), packages: [cheap] });
    const [otp] = answer.body.payload.otpSecureDelivery.packages;
    expect(otp).toMatchObject({ otpRequired: false, reasons: [{ code: 'BELOW_THRESHOLD' }] });
    const listed = await listTrackerShipments(db, actorOf(uk.shipper), {
      ...DEFAULT_QUERY,
      upload: answer.body.payload.shipmentId,
      otp: 'no',
    });
    expect(listed.rows.map((row) => [row.clientRef, row.otpEligible, row.otpReasons])).toEqual([['TRACKER-CHEAP', false, otp!.reasons]]);
  });

  it('draws a real 4×6 in PDF label whose barcode reads as the tracking id', async () => {
    const answer = await uk.api.oneClickShipment(oneClickRequest(['LABEL-PDF']));
    const { trackingId, packageDocuments } = answer.body.payload.packageDocumentDetails[0]!;
    const pdf = decoded(packageDocuments[0]!.contents);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const page = await pdfFirstPage(pdf);
    expect([page.widthIn, page.lengthIn]).toEqual([4, 6]);
    expect(page.texts.join(' ')).toContain('OTP');
    expect(readCode128(await pdfPixels(pdf, 300))).toBe(trackingId);
  });

  it('draws PNG and ZPL labels when asked', async () => {
    const spec = (format: string) => ({
      format,
      size: { width: 4, length: 6, unit: 'INCH' },
      needFileJoining: false,
      requestedDocumentTypes: ['LABEL'],
    });
    const png = await uk.api.oneClickShipment(oneClickRequest(['LABEL-PNG'], { labelSpecifications: spec('PNG') }));
    const pngDoc = png.body.payload.packageDocumentDetails[0]!;
    expect(pngDoc.packageDocuments[0]!.format).toBe('PNG');
    expect(readCode128(await pngPixels(decoded(pngDoc.packageDocuments[0]!.contents)))).toBe(pngDoc.trackingId);
    const zpl = await uk.api.oneClickShipment(oneClickRequest(['LABEL-ZPL'], { labelSpecifications: spec('ZPL') }));
    const zplDoc = zpl.body.payload.packageDocumentDetails[0]!;
    const text = decoded(zplDoc.packageDocuments[0]!.contents).toString('ascii');
    expect(text.startsWith('^XA')).toBe(true);
    expect(text).toContain(zplDoc.trackingId);
  });
});

describe('oneClickShipment idempotency on packageClientReferenceId', () => {
  it('answers a retry with the first answer and stores nothing new', async () => {
    const request = oneClickRequest(['RETRY-1', 'RETRY-2']);
    const first = await uk.api.oneClickShipment(request);
    expect(first.status).toBe(200);
    const before = await counts(uk.account.id);
    const again = await uk.api.oneClickShipment(request);
    expect(again.status).toBe(200);
    expect(await counts(uk.account.id)).toEqual(before);
    const { packageDocumentDetails: firstDocs, ...firstRest } = first.body.payload;
    const { packageDocumentDetails: againDocs, ...againRest } = again.body.payload;
    expect(againRest).toEqual(firstRest);
    expect(againDocs.map((d) => [d.packageClientReferenceId, d.trackingId])).toEqual(
      firstDocs.map((d) => [d.packageClientReferenceId, d.trackingId]),
    );
    for (const doc of againDocs) {
      expect(readCode128(await pdfPixels(decoded(doc.packageDocuments[0]!.contents), 300))).toBe(doc.trackingId);
    }
  });

  it('refuses references partly used by an earlier shipment, naming them, and stores none of the request', async () => {
    await uk.api.oneClickShipment(oneClickRequest(['TAKEN-1']));
    const before = await counts(uk.account.id);
    const answer = await uk.api.oneClickShipment(oneClickRequest(['NEW-1', 'TAKEN-1']));
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)).toEqual([
      'packages[1].packageClientReferenceId: "TAKEN-1" is already used by an earlier shipment of this account; a retry must repeat exactly the packages of its first request',
    ]);
    expect(await counts(uk.account.id)).toEqual(before);
  });

  it('refuses a subset of an earlier request’s references', async () => {
    await uk.api.oneClickShipment(oneClickRequest(['PAIR-1', 'PAIR-2']));
    const answer = await uk.api.oneClickShipment(oneClickRequest(['PAIR-2']));
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)[0]).toMatch(/^packages\[0\]\.packageClientReferenceId: "PAIR-2" is already used/);
  });

  it('refuses references a file upload stored: that was no oneClickShipment to answer again', async () => {
    const shipper = actorOf(uk.shipper);
    const content = utf8(JSON.stringify(sampleGetRatesRequest([samplePackage('FROM-FILE')])));
    const checked = await checkUploadFile(db, shipper, { fileName: 'file.json', content, csvMapping: null });
    if (!checked.ok) throw new Error(checked.message);
    expect(await storeCheckedUpload(db, shipper, checked.report.uploadId)).toMatchObject({ ok: true, stored: 1 });
    const answer = await uk.api.oneClickShipment(oneClickRequest(['FROM-FILE']));
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)[0]).toMatch(/^packages\[0\]\.packageClientReferenceId: "FROM-FILE" is already used/);
  });

  it('keeps references apart per account', async () => {
    const other = await createApiShipper('UK');
    const request = oneClickRequest(['SHARED-REF']);
    const mine = await uk.api.oneClickShipment(request);
    const theirs = await other.api.oneClickShipment(request);
    expect(theirs.status).toBe(200);
    expect(theirs.body.payload.shipmentId).not.toBe(mine.body.payload.shipmentId);
  });
});

describe('oneClickShipment service selection', () => {
  it('refuses a service not offered in the marketplace, naming serviceSelection.serviceId', async () => {
    const answer = await uk.api.oneClickShipment(
      oneClickRequest(['SVC-1'], { serviceSelection: { serviceId: ['SWA-UK-STD', 'SWA-FR-STD'] } }),
    );
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)).toEqual([
      'serviceSelection.serviceId[1]: "SWA-FR-STD" is not a service offered for AmazonShipping_UK; offered: SWA-UK-STD (Amazon Shipping Standard), SWA-UK-PREM (Amazon Shipping One Day)',
    ]);
  });

  it('refuses an empty list and unknown selection fields', async () => {
    const answer = await uk.api.oneClickShipment(oneClickRequest(['SVC-2'], { serviceSelection: { serviceId: [], carrier: 'x' } }));
    expect(errorMessages(answer)).toEqual([
      'serviceSelection.serviceId: must have at least one entry',
      'serviceSelection.carrier: unknown field "carrier" is not allowed',
    ]);
  });

  it('ships at the quoted charge of a getRates request token and rate', async () => {
    const packages = [samplePackage('QUOTED-1')];
    const quote = await uk.api.getRates({ ...oneClickRequest([]), packages, labelSpecifications: undefined, serviceSelection: undefined });
    const standard = quote.body.payload.rates.find((rate) => rate.serviceId === 'SWA-UK-STD')!;
    const selection = { serviceId: ['SWA-UK-STD'], requestToken: quote.body.payload.requestToken, rateId: standard.rateId };
    const answer = await uk.api.oneClickShipment(oneClickRequest(['QUOTED-1'], { serviceSelection: selection }));
    expect(answer.status).toBe(200);
    expect(answer.body.payload.service.id).toBe('SWA-UK-STD');
    expect(answer.body.payload.totalCharge).toEqual(standard.totalCharge);
  });

  it('refuses a token that is unknown, another account’s, for other packages, or a rate of another service', async () => {
    const other = await createApiShipper('UK');
    const theirs = await other.api.getRates({
      ...oneClickRequest([]),
      packages: [samplePackage('TOKEN-1')],
      labelSpecifications: undefined,
      serviceSelection: undefined,
    });
    const mine = await uk.api.getRates({
      ...oneClickRequest([]),
      packages: [samplePackage('TOKEN-1')],
      labelSpecifications: undefined,
      serviceSelection: undefined,
    });
    const premium = mine.body.payload.rates.find((rate) => rate.serviceId === 'SWA-UK-PREM')!;
    const attempt = async (selection: Record<string, unknown>, refs = ['TOKEN-1']) =>
      errorMessages(
        await uk.api.oneClickShipment(oneClickRequest(refs, { serviceSelection: { serviceId: ['SWA-UK-STD'], ...selection } })),
      );

    const unknown = 'serviceSelection.requestToken: is unknown or has expired (a getRates answer is kept for an hour); call getRates again';
    expect(await attempt({ requestToken: crypto.randomUUID() })).toEqual([unknown]);
    expect(await attempt({ requestToken: 'not-a-token' })).toEqual([unknown]);
    expect(await attempt({ requestToken: theirs.body.payload.requestToken })).toEqual([unknown]);
    expect(await attempt({ requestToken: mine.body.payload.requestToken }, ['TOKEN-2'])).toEqual([
      'serviceSelection.requestToken: was quoted for other packages (their client references or weights differ); call getRates again',
    ]);
    expect(await attempt({ requestToken: mine.body.payload.requestToken, rateId: premium.rateId })).toEqual([
      'serviceSelection.rateId: is a rate of SWA-UK-PREM, which serviceSelection.serviceId does not name',
    ]);
    expect(await attempt({ rateId: premium.rateId })).toEqual([
      'serviceSelection.rateId: needs serviceSelection.requestToken, the getRates answer it comes from',
    ]);
  });
});

describe('oneClickShipment refuses', () => {
  it("a business id that is not one of the account's marketplaces with 403, storing nothing", async () => {
    const before = await counts(uk.account.id);
    const shipTo = { ...sampleShipTo(), countryCode: 'FR', phoneNumber: '+33612345678' };
    const answer = await uk.api.oneClickShipment(
      oneClickRequest(['FRANCE-1'], { shipTo, serviceSelection: { serviceId: ['SWA-FR-STD'] } }),
      {
        'x-amzn-shipping-business-id': 'AmazonShipping_FR',
      },
    );
    expect(answer.status).toBe(403);
    expect(answer.body.errors![0]!.code).toBe('Forbidden');
    expect(await counts(uk.account.id)).toEqual(before);
  });

  it('a label it cannot draw, naming labelSpecifications fields', async () => {
    const labelSpecifications = {
      format: 'GIF',
      size: { width: 8, length: 11, unit: 'INCH' },
      needFileJoining: false,
      requestedDocumentTypes: ['LABEL'],
    };
    const answer = await uk.api.oneClickShipment(oneClickRequest(['SPEC-1'], { labelSpecifications }));
    expect(answer.status).toBe(400);
    expect(errorMessages(answer)).toEqual([
      'labelSpecifications.format: must be one of PDF, PNG, ZPL (got "GIF")',
      'labelSpecifications.size: only 4×6 INCH (10×15 CENTIMETER) labels are offered (got 8×11 INCH)',
    ]);
  });

  it('a get-rates body, naming the one-click fields it lacks', async () => {
    const { labelSpecifications: _l, serviceSelection: _s, ...getRatesBody } = oneClickRequest(['KIND-1']);
    const answer = await uk.api.oneClickShipment(getRatesBody);
    expect(errorMessages(answer)).toEqual(['labelSpecifications: is required', 'serviceSelection: is required']);
  });

  it('an Amazon-channel request without a recipient address: the label needs one', async () => {
    const { shipTo: _shipTo, ...request } = oneClickRequest(['AMAZON-1'], { channelDetails: { channelType: 'AMAZON' } });
    const answer = await uk.api.oneClickShipment(request);
    expect(errorMessages(answer)).toEqual(['shipTo: is required: the label is printed with the recipient address']);
  });
});
