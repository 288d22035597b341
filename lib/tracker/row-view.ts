import { TRACKER_LABELS, type TrackerState } from './states';
import { moneyIn, timeIn } from './format';

/** What the tracker table shows of one shipment: display strings only, safe to send to the browser. */
export interface TrackerRowView {
  id: string;
  trackingId: string;
  clientRef: string;
  recipient: string;
  phone: string;
  marketplace: string;
  value: string;
  otpEligible: boolean;
  otpReasons: string[];
  state: TrackerState;
  statusLabel: string;
  lastEvent: string;
  created: string;
}

/** One shipment as the tracker's queries return it (the list, and each export line). */
export interface TrackerRowInput {
  id: string;
  trackingId: string;
  clientRef: string;
  recipientName: string;
  recipientPhoneMasked: string;
  marketplace: string | null;
  insuredValueMinor: number;
  insuredCurrency: string;
  otpEligible: boolean;
  otpReasons: { message: string }[];
  trackerState: TrackerState;
  lastEventAt: Date;
  createdAt: Date;
}

export function trackerRowView(row: TrackerRowInput): TrackerRowView {
  return {
    id: row.id,
    trackingId: row.trackingId,
    clientRef: row.clientRef,
    recipient: row.recipientName,
    phone: row.recipientPhoneMasked,
    marketplace: row.marketplace ?? '—',
    value: moneyIn(row.marketplace, row.insuredValueMinor, row.insuredCurrency),
    otpEligible: row.otpEligible,
    otpReasons: row.otpReasons.map((r) => r.message),
    state: row.trackerState,
    statusLabel: TRACKER_LABELS[row.trackerState],
    lastEvent: timeIn(row.marketplace, row.lastEventAt),
    created: timeIn(row.marketplace, row.createdAt),
  };
}
