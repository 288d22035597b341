import type { TrackerQuery } from '../tracker/query';
import type { DeliveryTime, OtpFigures } from './figures';
import { durationText } from './median-from-bins';

/** What the tiles read of db/queries/insights.ts `OtpInsights`. */
export interface TileInput {
  figures: OtpFigures;
  resends: { resends: number; passcodes: number } | null;
  deliveryTime: { otp: DeliveryTime; other: DeliveryTime };
}

/** The tracker filters a tile's link adds to the insights view's label days, marketplace and account. */
export type TileLink = Partial<Pick<TrackerQuery, 'statuses' | 'otp' | 'firstAttempt' | 'lockedOut'>>;

export interface FigureTile {
  key: string;
  label: string;
  value: string;
  detail: string;
  link: TileLink | null;
}

const count = (n: number) => n.toLocaleString('en-GB');
const share = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

/** The headline figures of a period, each with the sentence that says what it counts and the tracker view behind it. */
export function figureTiles(input: TileInput): FigureTile[] {
  const f = input.figures;
  const time = input.deliveryTime;
  const median = (t: { medianMinutes: number | null }) => (t.medianMinutes === null ? '—' : durationText(t.medianMinutes));
  return [
    { key: 'shipments', label: 'Shipments', value: count(f.shipments), detail: 'labelled in the period', link: {} },
    {
      key: 'otp-required',
      label: 'OTP required',
      value: share(f.otpRequired, f.shipments),
      detail: `${count(f.otpRequired)} of ${count(f.shipments)} shipments needed a passcode`,
      link: { otp: 'yes' },
    },
    {
      key: 'delivered-with-otp',
      label: 'Delivered with OTP',
      value: count(f.deliveredWithOtp),
      detail: `handed over against the recipient's passcode`,
      link: { statuses: ['delivered_with_otp'] },
    },
    {
      key: 'first-attempt',
      label: 'First-attempt success with OTP',
      value: share(f.deliveredWithOtpFirstAttempt, f.deliveredWithOtp),
      detail: `${count(f.deliveredWithOtpFirstAttempt)} of ${count(f.deliveredWithOtp)} delivered with OTP on their first trip out`,
      link: { statuses: ['delivered_with_otp'], firstAttempt: true },
    },
    {
      key: 'lockouts',
      label: 'Attempted - OTP not Available',
      value: count(f.lockouts),
      detail: `lock-outs after 3 wrong entries: ${share(f.lockouts, f.otpWentOut)} of ${count(f.otpWentOut)} OTP packages that went out`,
      link: { lockedOut: true },
    },
    {
      key: 'resends',
      label: 'Passcode resends (India)',
      value: input.resends ? count(input.resends.resends) : '—',
      detail: input.resends
        ? `for ${count(input.resends.passcodes)} passcodes of delivery days in the period`
        : 'resends exist only in India; the marketplace filter leaves it out',
      link: null,
    },
    {
      key: 'delivery-time',
      label: 'Out for delivery → delivered (median)',
      value: `${median(time.otp)} with OTP`,
      detail: `${median(time.other)} without OTP · from ${count(time.otp.delivered)} and ${count(time.other.delivered)} deliveries`,
      link: null,
    },
  ];
}
