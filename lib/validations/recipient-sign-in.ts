import { z } from 'zod';
import { parseSignInIdentifier } from '@/lib/recipient/sign-in-identifier';

const identifier = z
  .string()
  .trim()
  .min(1, { error: 'Enter the e-mail address or mobile number your packages are sent to' })
  .max(254, { error: 'That is too long for an e-mail address or mobile number' })
  .refine((v) => parseSignInIdentifier(v).kind !== 'invalid', {
    error: 'Enter an e-mail address (name@example.com) or a mobile number with its country code (+44 7700 900123)',
  });

export const recipientIdentifierFormSchema = z.object({ identifier });
export type RecipientIdentifierForm = z.infer<typeof recipientIdentifierFormSchema>;

export const recipientCodeFormSchema = z.object({
  identifier,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Enter the 6 digits of the code we sent you' }),
});
export type RecipientCodeForm = z.infer<typeof recipientCodeFormSchema>;

/** What a sign-in identifier is counted under: its e-mail address, or every mobile number it can stand for. */
export function signInIdentifierKeys(identifier: string): string[] {
  const parsed = parseSignInIdentifier(identifier);
  if (parsed.kind === 'email') return [parsed.email];
  if (parsed.kind === 'phone') return parsed.phonesE164;
  return [identifier.trim().toLowerCase()];
}
