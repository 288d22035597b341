/** The tracker's columns, in display order; the tracking id and status always show. */
export const TRACKER_COLUMNS = [
  'trackingId',
  'clientRef',
  'recipient',
  'phone',
  'marketplace',
  'value',
  'otp',
  'status',
  'lastEvent',
  'created',
] as const;
export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

export const ALWAYS_SHOWN: readonly TrackerColumn[] = ['trackingId', 'status'];

/** Every column but the creation time. */
export const DEFAULT_COLUMNS: TrackerColumn[] = TRACKER_COLUMNS.filter((column) => column !== 'created');

export const COLUMN_LABELS: Record<TrackerColumn, string> = {
  trackingId: 'Tracking id',
  clientRef: 'Client reference',
  recipient: 'Recipient',
  phone: 'Phone',
  marketplace: 'Marketplace',
  value: 'Insured value',
  otp: 'OTP eligible',
  status: 'Status',
  lastEvent: 'Last event',
  created: 'Label created',
};
