export const ROLES = ['shipper', 'account_manager', 'delivery_associate', 'recipient'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  shipper: 'Shipper',
  account_manager: 'Account manager',
  delivery_associate: 'Delivery associate',
  recipient: 'Recipient',
};

/** Where each role lands after signing in. */
export const HOME_PATH: Record<Role, string> = {
  shipper: '/insights',
  account_manager: '/manager',
  delivery_associate: '/delivery',
  recipient: '/recipient',
};

export interface NavLink {
  href: string;
  label: string;
}

/** Roles whose pages stay English; the others' pages speak their marketplace's language (lib/i18n). */
export type StaffRole = Exclude<Role, 'delivery_associate' | 'recipient'>;

export function isStaffRole(role: Role): role is StaffRole {
  return role === 'shipper' || role === 'account_manager';
}

/** Staff navigation; Recipient Central's and the DA app's come from the catalogues (`shell.nav`). */
export const NAV_LINKS: Record<StaffRole, NavLink[]> = {
  shipper: [
    { href: '/insights', label: 'OTP insights' },
    { href: '/shipments', label: 'Shipment tracker' },
    { href: '/shipments/upload', label: 'Upload shipments' },
    { href: '/messages/log', label: 'Messages' },
    { href: '/settings/recipient-experience', label: 'Recipient Experience' },
    { href: '/settings/secure-delivery', label: 'Secure Delivery (OTP)' },
    { href: '/settings/webhooks', label: 'Webhooks' },
    { href: '/settings/api-keys', label: 'API keys' },
    { href: '/settings/api', label: 'API reference' },
  ],
  account_manager: [
    { href: '/manager', label: 'Shipper accounts' },
    { href: '/insights', label: 'OTP insights' },
    { href: '/shipments', label: 'Shipment tracker' },
    { href: '/messages/log', label: 'Messages' },
  ],
};
