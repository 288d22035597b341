import type { Marketplace } from './marketplaces';

/**
 * Every "Valid examples" entry of the source's phone table, copied exactly, with its E.164 form.
 * Source: shared/seed/otp-secure-delivery-announcement.txt, "What are the valid phone numbers in
 * different marketplaces?". Used by the tests; forms may show them as help text.
 */
export const SOURCE_PHONE_EXAMPLES: readonly { marketplace: Marketplace; raw: string; e164: string }[] = [
  { marketplace: 'UK', raw: '+44712345677', e164: '+44712345677' },
  { marketplace: 'UK', raw: '0044712345677', e164: '+44712345677' },
  { marketplace: 'UK', raw: '(+44)712345677', e164: '+44712345677' },
  { marketplace: 'UK', raw: '(0044)712345677', e164: '+44712345677' },
  { marketplace: 'UK', raw: '0712345677', e164: '+44712345677' },
  { marketplace: 'UK', raw: '712345677', e164: '+44712345677' },
  { marketplace: 'IT', raw: '+393331234567', e164: '+393331234567' },
  { marketplace: 'IT', raw: '00393331234567', e164: '+393331234567' },
  { marketplace: 'IT', raw: '(+39)3331234567', e164: '+393331234567' },
  { marketplace: 'IT', raw: '(0039)3331234567', e164: '+393331234567' },
  { marketplace: 'IT', raw: '3331234567', e164: '+393331234567' },
  { marketplace: 'FR', raw: '+33712345678', e164: '+33712345678' },
  { marketplace: 'FR', raw: '0033712345678', e164: '+33712345678' },
  { marketplace: 'FR', raw: '(+33)712345678', e164: '+33712345678' },
  { marketplace: 'FR', raw: '(0033)712345678', e164: '+33712345678' },
  { marketplace: 'FR', raw: '0712345678', e164: '+33712345678' },
  { marketplace: 'FR', raw: '712345678', e164: '+33712345678' },
  { marketplace: 'ES', raw: '+34612345678', e164: '+34612345678' },
  { marketplace: 'ES', raw: '0034612345678', e164: '+34612345678' },
  { marketplace: 'ES', raw: '(+34)612345678', e164: '+34612345678' },
  { marketplace: 'ES', raw: '(0034)612345678', e164: '+34612345678' },
  { marketplace: 'ES', raw: '612345678', e164: '+34612345678' },
  { marketplace: 'IN', raw: '+919123456789', e164: '+919123456789' },
  { marketplace: 'IN', raw: '00917123456789', e164: '+917123456789' },
  { marketplace: 'IN', raw: '(+91)8123456789', e164: '+918123456789' },
  { marketplace: 'IN', raw: '(0091)7123456789', e164: '+917123456789' },
  { marketplace: 'IN', raw: '9123456789', e164: '+919123456789' },
];
