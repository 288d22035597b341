'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { hasCatalogue } from '@/lib/i18n/catalogues';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from '@/lib/i18n/locale-cookie';
import { CROSS_SITE_REFUSAL, isSameOriginAction } from '../../_lib/action-origin';

const languageChoiceSchema = z.strictObject({
  locale: z.string().max(35).refine(hasCatalogue, { error: 'Choose one of the languages offered.' }),
});

/**
 * The language switch of Recipient Central and the DA app, open to signed-out recipients too: it only
 * sets this browser's language cookie, to a language there is a catalogue for.
 */
export async function chooseLanguageAction(input: unknown): Promise<ActionResult> {
  if (!(await isSameOriginAction())) return { ok: false, code: 'FORBIDDEN', error: CROSS_SITE_REFUSAL };
  const parsed = languageChoiceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'INVALID', error: parsed.error.issues[0]?.message ?? 'Choose a language.' };
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: '/',
    sameSite: 'lax',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production' && process.env.NEXTAUTH_URL?.startsWith('https:') === true,
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
  });
  return { ok: true };
}
