import { describe, expect, it } from 'vitest';
import { isCollectOnDeliveryId, shipmentInputFromCarrier, type CarrierShipmentRequest } from './carrier-mapping';
import { evaluateOtpEligibility } from './eligibility';

// The package from the source's sample request (dimensions, weights and ids left out).
const samplePackage = {
  insuredValue: { value: 115.01, unit: 'GBP' },
  items: [
    { quantity: 1, itemValue: { value: 90.0, unit: 'GBP' } },
    { quantity: 1, itemValue: { value: 15.01, unit: 'GBP' } },
  ],
};
const shipTo = { countryCode: 'GB', phoneNumber: '+44 7123 456789' };
const account = { otpEnabled: true, emailNotifications: true, smsNotifications: true };

describe('shipmentInputFromCarrier', () => {
  it('maps a get-rates request without collect on delivery to a prepaid EXTERNAL shipment', () => {
    const request: CarrierShipmentRequest = { channelDetails: { channelType: 'EXTERNAL' }, shipTo, valueAddedServices: {} };
    expect(shipmentInputFromCarrier(request, samplePackage)).toEqual({
      channelType: 'EXTERNAL',
      prepaid: true,
      shipTo: { countryCode: 'GB', phoneNumber: '+44 7123 456789' },
      insuredValue: { value: 115.01, unit: 'GBP' },
      items: samplePackage.items,
    });
    expect(evaluateOtpEligibility({ account, shipment: shipmentInputFromCarrier(request, samplePackage) }).eligible).toBe(true);
  });

  const servicesCases: [string, Partial<CarrierShipmentRequest>, boolean][] = [
    ['get-rates collectOnDelivery', { valueAddedServices: { collectOnDelivery: { amount: { value: 115.01, unit: 'GBP' } } } }, false],
    ['get-rates collectOnDelivery null', { valueAddedServices: { collectOnDelivery: null } }, true],
    ['get-rates no valueAddedServices', {}, true],
    ['get-rates valueAddedServices null', { valueAddedServices: null }, true],
    ['one-click CollectOnDelivery', { valueAddedServicesDetails: [{ id: 'CollectOnDelivery' }] }, false],
    ['one-click COD', { valueAddedServicesDetails: [{ id: 'COD' }] }, false],
    ['one-click cod among others', { valueAddedServicesDetails: [{ id: 'DeliveryConfirmation' }, { id: 'cod' }] }, false],
    ['one-click COLLECT_ON_DELIVERY', { valueAddedServicesDetails: [{ id: 'COLLECT_ON_DELIVERY' }] }, false],
    ['one-click other services only', { valueAddedServicesDetails: [{ id: 'DeliveryConfirmation' }, { id: 'CODE_RED' }] }, true],
    ['one-click empty list', { valueAddedServicesDetails: [] }, true],
    ['one-click null', { valueAddedServicesDetails: null }, true],
  ];

  it.each(servicesCases)('%s → prepaid %s', (_name, services, prepaid) => {
    const request: CarrierShipmentRequest = { channelDetails: { channelType: 'EXTERNAL' }, shipTo, ...services };
    expect(shipmentInputFromCarrier(request, samplePackage).prepaid).toBe(prepaid);
  });

  it('an Amazon-channel request without shipTo maps to no country and no phone', () => {
    const shipment = shipmentInputFromCarrier({ channelDetails: { channelType: 'AMAZON' } }, samplePackage);
    expect(shipment.shipTo).toEqual({ countryCode: '', phoneNumber: null });
    expect(evaluateOtpEligibility({ account, shipment }).reasons.map((r) => r.code)).toEqual([
      'AMAZON_CHANNEL',
      'UNSUPPORTED_MARKETPLACE',
      'PHONE_MISSING',
    ]);
  });
});

describe('isCollectOnDeliveryId', () => {
  it.each([
    ['CollectOnDelivery', true],
    ['collect-on-delivery', true],
    ['COLLECT_ON_DELIVERY', true],
    ['CashOnDelivery', true],
    ['COD', true],
    ['cod', true],
    ['COD_INR', true],
    ['svc.cod', true],
    ['CODE', false],
    ['Decode', false],
    ['DeliveryConfirmation', false],
    ['', false],
  ])('%j → %s', (id, expected) => {
    expect(isCollectOnDeliveryId(id)).toBe(expected);
  });
});
