import type { Marketplace } from '@/lib/otp/marketplaces';

export const DEMO_PASSWORD = 'Demo-pass-2026';

/** A stretch of the demo's history, in days before the seed runs. */
export interface DaysAgo {
  fromDaysAgo: number;
  toDaysAgo: number;
}

export interface DemoAccount {
  key: string;
  name: string;
  homeMarketplace: Marketplace;
  marketplaces: Marketplace[];
  otpEnabled: boolean;
  emailNotifications: boolean;
  smsNotifications: boolean;
  shipperEmail: string;
  shipperName: string;
  manager: 'primary' | 'secondary';
  /** SMS notifications were off for a while: its shipper switched them off and on again (both in the audit log). */
  smsOff?: DaysAgo;
  /** For a while a share of the labels came without the recipient's phone (a checkout form that dropped it). */
  missingPhones?: DaysAgo & { share: number };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: 'bright',
    name: 'Bright Gadgets Ltd',
    homeMarketplace: 'UK',
    marketplaces: ['UK'],
    otpEnabled: true,
    emailNotifications: true,
    smsNotifications: true,
    shipperEmail: 'shipper.uk@brightgadgets.example',
    shipperName: 'Olivia Hart',
    manager: 'primary',
    missingPhones: { fromDaysAgo: 80, toDaysAgo: 66, share: 0.45 },
  },
  {
    key: 'lumiere',
    name: 'Maison Lumière',
    homeMarketplace: 'FR',
    marketplaces: ['FR', 'IT', 'ES'],
    otpEnabled: true,
    emailNotifications: true,
    smsNotifications: true,
    shipperEmail: 'shipper.eu@maisonlumiere.example',
    shipperName: 'Camille Durand',
    manager: 'primary',
    smsOff: { fromDaysAgo: 58, toDaysAgo: 37 },
  },
  {
    key: 'kala',
    name: 'Kala Mart',
    homeMarketplace: 'IN',
    marketplaces: ['IN'],
    otpEnabled: true,
    emailNotifications: true,
    smsNotifications: true,
    shipperEmail: 'shipper.in@kalamart.example',
    shipperName: 'Priya Nair',
    manager: 'primary',
  },
  {
    key: 'rapid',
    name: 'Rapid Parts',
    homeMarketplace: 'UK',
    marketplaces: ['UK', 'IN'],
    otpEnabled: true,
    emailNotifications: true,
    smsNotifications: false,
    shipperEmail: 'shipper.smsoff@rapidparts.example',
    shipperName: 'Tom Becker',
    manager: 'primary',
  },
  {
    key: 'nordic',
    name: 'Nordic Bikes',
    homeMarketplace: 'UK',
    marketplaces: ['UK'],
    otpEnabled: false,
    emailNotifications: true,
    smsNotifications: true,
    shipperEmail: 'shipper@nordicbikes.example',
    shipperName: 'Erik Lund',
    manager: 'secondary',
  },
  {
    key: 'desi',
    name: 'Desi Threads',
    homeMarketplace: 'IN',
    marketplaces: ['IN'],
    otpEnabled: false,
    emailNotifications: true,
    smsNotifications: true,
    shipperEmail: 'shipper.otpoff@desithreads.example',
    shipperName: 'Meera Shah',
    manager: 'primary',
  },
];

/**
 * Stories the demo holds whatever day it is seeded: a Bright Gadgets package locked out (3 wrong passcodes)
 * two days ago, still at the station (e2e/tracker.spec.ts opens one).
 */
export const PINNED_LOCKOUTS: { account: string; recipient: string; labelledDaysAgo: number; insuredMinor: number }[] = [
  { account: 'bright', recipient: 'Grace Taylor', labelledDaysAgo: 4, insuredMinor: 21_500 },
];

export const DEMO_MANAGERS = {
  primary: { email: 'manager@carrier.example', name: 'Sam Patel' },
  secondary: { email: 'manager2@carrier.example', name: 'Alex Morgan' },
} as const;

export const DEMO_STATIONS: Record<Marketplace, { daEmail: string; daName: string; city: string; postalCode: string }> = {
  UK: { daEmail: 'da.uk@carrier.example', daName: 'Jamie Clarke', city: 'London', postalCode: 'E14 5AB' },
  FR: { daEmail: 'da.fr@carrier.example', daName: 'Lucas Martin', city: 'Paris', postalCode: '75011' },
  IT: { daEmail: 'da.it@carrier.example', daName: 'Giulia Rossi', city: 'Milano', postalCode: '20121' },
  ES: { daEmail: 'da.es@carrier.example', daName: 'Carmen López', city: 'Madrid', postalCode: '28004' },
  IN: { daEmail: 'da.in@carrier.example', daName: 'Arjun Mehta', city: 'Mumbai', postalCode: '400001' },
};

export interface DemoRecipient {
  name: string;
  email: string;
  phone: string;
  marketplace: Marketplace;
  city: string;
  postalCode: string;
  /** Recipients with a user can sign in to Recipient Central. */
  hasUser: boolean;
}

export const DEMO_RECIPIENTS: DemoRecipient[] = [
  {
    name: 'Emma Wilson',
    email: 'emma.wilson@example.com',
    phone: '07700 900123',
    marketplace: 'UK',
    city: 'Leeds',
    postalCode: 'LS1 4AP',
    hasUser: true,
  },
  {
    name: 'Noah Smith',
    email: 'noah.smith@example.com',
    phone: '+44 7911 123456',
    marketplace: 'UK',
    city: 'Bristol',
    postalCode: 'BS1 5TR',
    hasUser: true,
  },
  {
    name: 'Grace Taylor',
    email: 'grace.taylor@example.com',
    phone: '(0044)7400123456',
    marketplace: 'UK',
    city: 'York',
    postalCode: 'YO1 7HH',
    hasUser: false,
  },
  {
    name: 'Henry Brown',
    email: 'henry.brown@example.com',
    phone: '020 7946 0018',
    marketplace: 'UK',
    city: 'London',
    postalCode: 'SW1A 1AA',
    hasUser: false,
  },
  {
    name: 'Chloé Bernard',
    email: 'chloe.bernard@example.fr',
    phone: '06 12 34 56 78',
    marketplace: 'FR',
    city: 'Lyon',
    postalCode: '69002',
    hasUser: true,
  },
  {
    name: 'Hugo Petit',
    email: 'hugo.petit@example.fr',
    phone: '01 42 68 53 00',
    marketplace: 'FR',
    city: 'Paris',
    postalCode: '75008',
    hasUser: false,
  },
  {
    name: 'Marco Bianchi',
    email: 'marco.bianchi@example.it',
    phone: '+39 333 123 4567',
    marketplace: 'IT',
    city: 'Roma',
    postalCode: '00184',
    hasUser: true,
  },
  {
    name: 'Lucía García',
    email: 'lucia.garcia@example.es',
    phone: '612 345 678',
    marketplace: 'ES',
    city: 'Sevilla',
    postalCode: '41001',
    hasUser: true,
  },
  {
    name: 'Ananya Iyer',
    email: 'ananya.iyer@example.in',
    phone: '+91 98765 43210',
    marketplace: 'IN',
    city: 'Bengaluru',
    postalCode: '560001',
    hasUser: true,
  },
  {
    name: 'Rohan Gupta',
    email: 'rohan.gupta@example.in',
    phone: '(0091)8123456789',
    marketplace: 'IN',
    city: 'Pune',
    postalCode: '411001',
    hasUser: true,
  },
  {
    name: 'Kavya Reddy',
    email: 'kavya.reddy@example.in',
    phone: '022 2345 6789',
    marketplace: 'IN',
    city: 'Hyderabad',
    postalCode: '500001',
    hasUser: false,
  },
];
