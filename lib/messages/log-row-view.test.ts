import { describe, expect, it } from 'vitest';
import { type MessageLogRow, messageLogRowView } from './log-row-view';

const row: MessageLogRow = {
  id: 'm-1',
  createdAt: new Date('2025-06-02T08:00:00Z'),
  sentAt: null,
  channel: 'sms',
  template: 'out_for_delivery',
  to: '+44 •••• ••• 123',
  status: 'pending',
  attempts: 1,
  lastError: 'gateway timeout',
  nextAttemptAt: new Date('2025-06-02T08:05:00Z'),
  trackingId: 'SC000000000001',
  marketplace: 'UK',
  accountName: 'Bright Gadgets',
};

describe('messageLogRowView', () => {
  it('shows a pending message with its next try, in the marketplace time zone', () => {
    expect(messageLogRowView(row)).toMatchObject({
      created: '2 Jun 2025, 09:00 BST',
      channel: 'SMS',
      template: 'Out For Delivery',
      statusText: 'Try 2, next at 2 Jun 2025, 09:05 BST',
      error: 'gateway timeout',
      retryable: false,
    });
  });

  it('shows a sent message with its time and no stale error', () => {
    const view = messageLogRowView({ ...row, status: 'sent', sentAt: new Date('2025-06-02T08:06:00Z'), channel: 'email' });
    expect(view).toMatchObject({ channel: 'E-mail', statusText: 'Sent at 2 Jun 2025, 09:06 BST', error: null });
  });

  it('offers a retry only for a failed message that is not a passcode', () => {
    const failed = { ...row, status: 'failed' as const, attempts: 5 };
    expect(messageLogRowView(failed)).toMatchObject({ statusText: 'Failed after 5 tries', error: 'gateway timeout', retryable: true });
    expect(messageLogRowView({ ...failed, template: 'passcode' }).retryable).toBe(false);
    expect(messageLogRowView({ ...failed, template: 'passcode_resend' }).retryable).toBe(false);
  });

  it('shows times in India’s time zone for an IN message and an unknown template by its name', () => {
    const view = messageLogRowView({ ...row, marketplace: 'IN', template: 'custom' });
    expect(view.created).toBe('2 Jun 2025, 13:30 GMT+5:30');
    expect(view.template).toBe('custom');
  });
});
