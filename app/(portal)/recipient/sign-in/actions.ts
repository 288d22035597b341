'use server';

import { getDb } from '@/db/client';
import { requestRecipientSignInCode } from '@/db/queries/recipient-sign-in';
import { recipientIdentifierFormSchema } from '@/lib/validations/recipient-sign-in';
import { type ActionResult, fieldErrorsOf } from '../../../_lib/safe-action';

/**
 * Step 1 of the recipient sign-in, open to signed-out visitors. The answer never says whether the
 * e-mail address or number belongs to anyone.
 */
export async function requestSignInCodeAction(input: unknown): Promise<ActionResult> {
  const parsed = recipientIdentifierFormSchema.safeParse(input);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    return { ok: false, code: 'INVALID', error: first?.message ?? 'Check what you entered.', fieldErrors: fieldErrorsOf(parsed.error) };
  }
  await requestRecipientSignInCode(await getDb(), parsed.data.identifier);
  return { ok: true };
}
