import { timeIn } from '../tracker/format';
import type { MessageStatus } from './log-query';
import { canRetryMessage } from './retry-rule';
import { templateLabel } from './template-labels';
import type { MessageChannel } from './types';

/** One message as the message log's query returns it: its destination masked, never its body or secret. */
export interface MessageLogRow {
  id: string;
  createdAt: Date;
  sentAt: Date | null;
  channel: MessageChannel;
  template: string;
  to: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  trackingId: string | null;
  marketplace: string | null;
  accountName: string;
}

/** What the message log table shows of one message: display strings only, safe to send to the browser. */
export interface MessageLogRowView {
  id: string;
  created: string;
  channel: string;
  template: string;
  to: string;
  trackingId: string | null;
  marketplace: string;
  accountName: string;
  status: MessageStatus;
  /** "Try 2, next at …", "Sent at …" or "Failed after 5 tries". */
  statusText: string;
  /** The last error of a failed message, or of a pending one that is being retried. */
  error: string | null;
  retryable: boolean;
}

function statusText(row: MessageLogRow): string {
  if (row.status === 'sent') return row.sentAt ? `Sent at ${timeIn(row.marketplace, row.sentAt)}` : 'Sent';
  if (row.status === 'pending') return `Try ${row.attempts + 1}, next at ${timeIn(row.marketplace, row.nextAttemptAt)}`;
  return `Failed after ${row.attempts} ${row.attempts === 1 ? 'try' : 'tries'}`;
}

export function messageLogRowView(row: MessageLogRow): MessageLogRowView {
  return {
    id: row.id,
    created: timeIn(row.marketplace, row.createdAt),
    channel: row.channel === 'sms' ? 'SMS' : 'E-mail',
    template: templateLabel(row.template),
    to: row.to,
    trackingId: row.trackingId,
    marketplace: row.marketplace ?? '—',
    accountName: row.accountName,
    status: row.status,
    statusText: statusText(row),
    error: row.status === 'sent' ? null : row.lastError,
    retryable: canRetryMessage(row),
  };
}
