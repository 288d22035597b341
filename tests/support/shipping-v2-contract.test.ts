import { describe, expect, it } from 'vitest';
import { contractChecked, modelViolations } from './shipping-v2-contract';

// The contract check must be able to fail, or every route test that goes through it proves nothing.
describe('the carrier-model check every API answer goes through', () => {
  it('accepts an ErrorList and refuses one missing a message', () => {
    expect(modelViolations('ErrorList', { errors: [{ code: 'InvalidInput', message: 'x' }] })).toEqual([]);
    expect(modelViolations('ErrorList', { errors: [{ code: 'InvalidInput' }] })).toEqual([
      "/errors/0 must have required property 'message'",
    ]);
    expect(modelViolations('ErrorList', { message: 'x' })).not.toEqual([]);
  });

  it('refuses a GetRatesResponse without a request token or with a rate missing its promise', () => {
    expect(modelViolations('GetRatesResponse', { payload: { rates: [] } })).toEqual([
      "/payload must have required property 'requestToken'",
    ]);
    const rate = {
      rateId: 'r',
      carrierId: 'c',
      carrierName: 'n',
      serviceId: 's',
      serviceName: 'n',
      totalCharge: { value: 1, unit: 'GBP' },
      supportedDocumentSpecifications: [],
      requiresAdditionalInputs: false,
    };
    expect(modelViolations('GetRatesResponse', { payload: { requestToken: 't', rates: [rate] } })).toEqual([
      "/payload/rates/0 must have required property 'promise'",
    ]);
  });

  it('checks enums and date-time formats of a GetTrackingResponse', () => {
    const payload = {
      trackingId: 'SC1',
      alternateLegTrackingId: '',
      eventHistory: [{ eventCode: 'ReadyForReceive', eventTime: '2024-05-01T09:00:00.000Z' }],
      promisedDeliveryDate: '2024-05-03T23:00:00.000Z',
      summary: { status: 'PreTransit', trackingDetailCodes: { forward: [], returns: [] } },
    };
    expect(modelViolations('GetTrackingResponse', { payload })).toEqual([]);
    expect(modelViolations('GetTrackingResponse', { payload: { ...payload, promisedDeliveryDate: 'soon' } })).toEqual([
      '/payload/promisedDeliveryDate must match format "date-time"',
    ]);
    expect(modelViolations('GetTrackingResponse', { payload: { ...payload, summary: { status: 'Teleported' } } })).toEqual([
      '/payload/summary/status must be equal to one of the allowed values',
    ]);
  });

  it('throws for an answer that is not JSON or does not match its status’s definition', async () => {
    await expect(contractChecked('getTracking', new Response('<html>', { headers: { 'content-type': 'text/html' } }))).rejects.toThrow(
      'answered 200 with content-type "text/html"',
    );
    await expect(contractChecked('getTracking', Response.json({ ok: false, message: 'x' }, { status: 401 }))).rejects.toThrow(
      "does not match the model's ErrorList",
    );
  });
});
