import { z } from 'zod';
import { textField } from './text-field';

// Lengths the model states: name 1–50, address lines 1–60, email ≤ 64, phone 1–20. City, region,
// postal code and company name are unbounded strings in the model; the caps here are ours.
const emailSchema = textField(1, 64).check(
  z.refine<string>((email) => /^[^\s@]+@[^\s@]+$/.test(email), {
    error: 'must be an email address such as name@example.com',
  }),
);

const geocodeSchema = z.strictObject({
  latitude: z.string().max(32).optional(),
  longitude: z.string().max(32).optional(),
});

export const countryCodeSchema = z.string().check(
  z.refine<string>((code) => /^[A-Z]{2}$/.test(code), {
    error: 'must be a 2-letter ISO 3166-1 country code in capitals, e.g. GB',
  }),
);

export const addressSchema = z.strictObject({
  name: textField(1, 50),
  addressLine1: textField(1, 60),
  addressLine2: textField(1, 60).optional(),
  addressLine3: textField(1, 60).optional(),
  companyName: textField(0, 100).optional(),
  stateOrRegion: textField(1, 60),
  city: textField(1, 60),
  countryCode: countryCodeSchema,
  postalCode: textField(1, 20),
  email: emailSchema.optional(),
  // Mobile-number rules belong to lib/otp; here only the model's shape.
  phoneNumber: textField(1, 20).optional(),
  geocode: geocodeSchema.optional(),
});

export type Address = z.infer<typeof addressSchema>;
