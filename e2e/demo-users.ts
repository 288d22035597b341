export const DEMO_PASSWORD = 'Demo-pass-2026';

/** The seeded staff and shipper sign-ins (README, "Demo users"). */
export const DEMO_USERS = {
  shipperUk: 'shipper.uk@brightgadgets.example',
  shipperEu: 'shipper.eu@maisonlumiere.example',
  shipperIn: 'shipper.in@kalamart.example',
  shipperSmsOff: 'shipper.smsoff@rapidparts.example',
  shipperOtpOff: 'shipper.otpoff@desithreads.example',
  shipperNordic: 'shipper@nordicbikes.example',
  manager: 'manager@carrier.example',
  manager2: 'manager2@carrier.example',
  daUk: 'da.uk@carrier.example',
  daIn: 'da.in@carrier.example',
  daIt: 'da.it@carrier.example',
} as const;

export type DemoUser = keyof typeof DEMO_USERS;
