'use server';

import { headers } from 'next/headers';
import { after } from 'next/server';
import { getDb } from '@/db/client';
import { requestRecipientSignInCode } from '@/db/queries/recipient-sign-in';
import { admitCodeRequest } from '@/db/queries/sign-in-throttle';
import { type ActionResult, fieldErrorsOf } from '@/lib/actions/action-result';
import { retryTimeValues } from '@/lib/auth/sign-in-messages';
import { translatorFor } from '@/lib/i18n/translator';
import { clientAddressOf } from '@/lib/http/client-address';
import { recipientIdentifierFormSchema, type RecipientSignInErrorKey, signInIdentifierKeys } from '@/lib/validations/recipient-sign-in';
import { isSameOriginAction } from '../../../_lib/action-origin';
import { requestLocale } from '../../../_lib/page-locale';

export type RequestSignInCodeResult = ActionResult | { ok: false; code: 'RATE_LIMITED'; error: string; fieldErrors?: undefined };

/**
 * Step 1 of the recipient sign-in, open to signed-out visitors. The answer never says whether the
 * e-mail address or number belongs to anyone, in its words or its timing: before answering, only the
 * limits run, and they count every identifier alike; looking the recipient up and issuing the code
 * happen after the response is sent.
 */
export async function requestSignInCodeAction(input: unknown): Promise<RequestSignInCodeResult> {
  const setting = await requestLocale(null);
  const t = translatorFor(setting, 'recipientSignIn');
  if (!(await isSameOriginAction())) return { ok: false, code: 'FORBIDDEN', error: t('errors.crossSite') };
  const parsed = recipientIdentifierFormSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([field, keys]) => [
        field,
        keys.map((key) => t(`errors.${key as RecipientSignInErrorKey}`)),
      ]),
    );
    return { ok: false, code: 'INVALID', error: fieldErrors.identifier?.[0] ?? t('errors.identifierInvalid'), fieldErrors };
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
  if (refusal) {
    const key = refusal.kind === 'locked' ? 'errors.tooManyCodesForIdentifier' : 'errors.tooManyCodesFromNetwork';
    return { ok: false, code: 'RATE_LIMITED', error: t(key, retryTimeValues(refusal.until, setting.timeZone, now)) };
  }
  after(() => requestRecipientSignInCode(db, identifier, { now }));
  return { ok: true };
}
