import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, webhookBody } from './events';

describe('webhook events', () => {
  it('each have a label and a one-line description', () => {
    for (const type of WEBHOOK_EVENT_TYPES) {
      expect(WEBHOOK_EVENT_LABELS[type]).not.toBe('');
      expect(WEBHOOK_EVENT_DESCRIPTIONS[type]).toMatch(/^[^\n]+\.$/);
    }
  });

  it('have a body of type, ISO timestamp and data, in that order', () => {
    const body = webhookBody('shipment.delivered', { trackingId: 'TBA1' }, new Date('2025-06-02T10:00:00Z'));
    expect(body).toBe('{"type":"shipment.delivered","timestamp":"2025-06-02T10:00:00.000Z","data":{"trackingId":"TBA1"}}');
  });
});
