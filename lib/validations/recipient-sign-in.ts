import { z } from 'zod';
import { parseSignInIdentifier } from '@/lib/recipient/sign-in-identifier';

/** A refusal's key in the catalogues' `recipientSignIn.errors`: the form and the action show it in the page's language. */
export type RecipientSignInErrorKey = 'identifierRequired' | 'identifierTooLong' | 'identifierInvalid' | 'codeInvalid';

const refusal = (key: RecipientSignInErrorKey) => ({ error: key });

const identifier = z
  .string()
  .trim()
  .min(1, refusal('identifierRequired'))
  .max(254, refusal('identifierTooLong'))
  .refine((v) => parseSignInIdentifier(v).kind !== 'invalid', refusal('identifierInvalid'));

export const recipientIdentifierFormSchema = z.object({ identifier });
export type RecipientIdentifierForm = z.infer<typeof recipientIdentifierFormSchema>;

export const recipientCodeFormSchema = z.object({
  identifier,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, refusal('codeInvalid')),
});
export type RecipientCodeForm = z.infer<typeof recipientCodeFormSchema>;

/** What a sign-in identifier is counted under: its e-mail address, or every mobile number it can stand for. */
export function signInIdentifierKeys(identifier: string): string[] {
  const parsed = parseSignInIdentifier(identifier);
  if (parsed.kind === 'email') return [parsed.email];
  if (parsed.kind === 'phone') return parsed.phonesE164;
  return [identifier.trim().toLowerCase()];
}
