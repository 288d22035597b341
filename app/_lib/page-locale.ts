import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { recipientMarketplace } from '@/db/queries/recipient-locale';
import type { Actor } from '@/lib/auth/actor';
import { isStaffRole } from '@/lib/auth/roles';
import { chooseLocale, type LocaleSetting } from '@/lib/i18n/locale-choice';
import type { Marketplace } from '@/lib/otp/marketplaces';
import { LOCALE_COOKIE } from '@/lib/i18n/locale-cookie';
import { getActor } from './session';

/** The request's language for a page of that marketplace: the language switch's cookie, the marketplace, the browser. */
export async function requestLocale(marketplace: Marketplace | null): Promise<LocaleSetting> {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  return chooseLocale({
    chosen: cookieStore.get(LOCALE_COOKIE)?.value ?? null,
    marketplace,
    acceptLanguage: requestHeaders.get('accept-language'),
  });
}

/** The marketplace a recipient's or delivery associate's pages speak for; staff pages stay in the source language. */
async function marketplaceOf(actor: Actor): Promise<Marketplace | null> {
  if (actor.role === 'delivery_associate') return actor.station;
  if (actor.role === 'recipient') return recipientMarketplace(await getDb(), actor);
  return null;
}

/** A recipient's or DA's language for this request; the source language's for staff. */
export async function localeOf(actor: Actor | null): Promise<LocaleSetting> {
  return requestLocale(actor && !isStaffRole(actor.role) ? await marketplaceOf(actor) : null);
}

/** The signed-in recipient's or DA's language, worked out once per request (layout and page share it). */
export const actorLocale = cache(async (): Promise<LocaleSetting> => localeOf(await getActor()));
