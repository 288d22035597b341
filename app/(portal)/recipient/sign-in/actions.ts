'use server';

import { headers } from 'next/headers';
import { after } from 'next/server';
import { getDb } from '@/db/client';
import { requestRecipientSignInCode } from '@/db/queries/recipient-sign-in';
import { admitCodeRequest } from '@/db/queries/sign-in-throttle';
import { type ActionResult, fieldErrorsOf } from '@/lib/actions/action-result';
import { codeRequestRefusedMessage } from '@/lib/auth/sign-in-messages';
import { clientAddressOf } from '@/lib/http/client-address';
import { recipientIdentifierFormSchema, signInIdentifierKeys } from '@/lib/validations/recipient-sign-in';
import { CROSS_SITE_REFUSAL, isSameOriginAction } from '../../../_lib/action-origin';

export type RequestSignInCodeResult = ActionResult | { ok: false; code: 'RATE_LIMITED'; error: string; fieldErrors?: undefined };

/**
 * Step 1 of the recipient sign-in, open to signed-out visitors. The answer never says whether the
 * e-mail address or number belongs to anyone, in its words or its timing: before answering, only the
 * limits run, and they count every identifier alike; looking the recipient up and issuing the code
 * happen after the response is sent.
 */
export async function requestSignInCodeAction(input: unknown): Promise<RequestSignInCodeResult> {
  if (!(await isSameOriginAction())) return { ok: false, code: 'FORBIDDEN', error: CROSS_SITE_REFUSAL };
  const parsed = recipientIdentifierFormSchema.safeParse(input);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    return { ok: false, code: 'INVALID', error: first?.message ?? 'Check what you entered.', fieldErrors: fieldErrorsOf(parsed.error) };
  }
  const { identifier } = parsed.data;
  const db = await getDb();
  const now = new Date();
  const clientAddress = clientAddressOf(await headers());
  const refusal = await admitCodeRequest(db, {
    method: 'recipient_code',
    step: 'code_request',
    identifiers: signInIdentifierKeys(identifier),
    clientAddress,
    now,
  });
  if (refusal) return { ok: false, code: 'RATE_LIMITED', error: codeRequestRefusedMessage(refusal, now) };
  after(() => requestRecipientSignInCode(db, identifier, { now }));
  return { ok: true };
}
