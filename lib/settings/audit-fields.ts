import { MARKETPLACES, type Marketplace } from '../otp/marketplaces';
import { formatMinorAsDecimal } from '../otp/money';

/** The audited settings of a shipper account, as written to audit_log.field. */
export type AuditField = 'emailNotifications' | 'smsNotifications' | 'otpEnabled' | `threshold.${Marketplace}`;

export function thresholdField(marketplace: Marketplace): AuditField {
  return `threshold.${marketplace}`;
}

export function switchValue(on: boolean): string {
  return on ? 'on' : 'off';
}

/** A threshold override as stored in the log; null means the marketplace default applies. */
export function thresholdValue(minor: number | null, marketplace: Marketplace): string | null {
  return minor === null ? null : `${formatMinorAsDecimal(minor)} ${MARKETPLACES[marketplace].currency}`;
}

const SWITCH_LABELS: Record<string, string> = {
  emailNotifications: 'Email notifications',
  smsNotifications: 'SMS notifications',
  otpEnabled: 'OTP Secure Delivery',
  apiKey: 'API key',
};

function thresholdMarketplace(field: string): Marketplace | null {
  const code = field.startsWith('threshold.') ? field.slice('threshold.'.length) : '';
  return Object.hasOwn(MARKETPLACES, code) ? (code as Marketplace) : null;
}

export function auditFieldLabel(field: string): string {
  const marketplace = thresholdMarketplace(field);
  if (marketplace) return `${marketplace} OTP threshold`;
  return SWITCH_LABELS[field] ?? field;
}

/** How a logged value reads: a cleared threshold shows the default it falls back to. */
export function auditValueLabel(field: string, value: string | null): string {
  const marketplace = thresholdMarketplace(field);
  if (marketplace && value === null) {
    const info = MARKETPLACES[marketplace];
    return `default (${formatMinorAsDecimal(info.defaultThresholdMinor)} ${info.currency})`;
  }
  return value ?? '—';
}
