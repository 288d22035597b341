import type { TrackerRowInput } from './row-view';
import { csvLine } from '../csv/write';
import { formatMinorAsDecimal } from '../otp/money';
import { TRACKER_LABELS } from './states';

export const EXPORT_HEADER = [
  'tracking_id',
  'client_reference',
  'recipient_name',
  'recipient_phone',
  'marketplace',
  'insured_value',
  'currency',
  'otp_eligible',
  'otp_reasons',
  'status',
  'last_event_utc',
  'label_created_utc',
] as const;

export type ExportRow = Omit<TrackerRowInput, 'id'>;

export function exportHeaderLine(): string {
  return csvLine(EXPORT_HEADER);
}

/** One CSV record (RFC 4180, CRLF); user text goes through csvCell, which neutralises formula triggers. */
export function exportLine(row: ExportRow): string {
  return csvLine([
    row.trackingId,
    row.clientRef,
    row.recipientName,
    row.recipientPhoneMasked,
    row.marketplace ?? '',
    formatMinorAsDecimal(row.insuredValueMinor),
    row.insuredCurrency,
    row.otpEligible ? 'yes' : 'no',
    row.otpReasons.map((r) => r.message).join(' | '),
    TRACKER_LABELS[row.trackerState],
    row.lastEventAt.toISOString(),
    row.createdAt.toISOString(),
  ]);
}
