import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { HOME_PATH } from '@/lib/auth/roles';
import { clientMessagesOf, languageOptions, translatorFor } from '@/lib/i18n/translator';
import { chooseLanguageAction } from '../../language/actions';
import { requestLocale } from '../../../_lib/page-locale';
import { getActor } from '../../../_lib/session';
import { RecipientSignInForm } from './recipient-sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  // Its title names Recipient Central already: not the staff portal's "· Shipper Central" after it.
  return { title: { absolute: translatorFor(await requestLocale(null), 'recipientSignIn')('pageTitle') } };
}

/** Signed out, the language is the one chosen on this browser, else the browser's own. */
export default async function RecipientSignInPage() {
  const actor = await getActor();
  if (actor) redirect(HOME_PATH[actor.role]);
  const setting = await requestLocale(null);
  const t = translatorFor(setting, 'recipientSignIn');
  const shell = translatorFor(setting, 'shell');
  return (
    <IntlClientProvider setting={setting} messages={clientMessagesOf(setting.locale)}>
      <main lang={setting.locale} className="flex min-h-screen flex-col items-center px-4 py-6">
        <div className="flex w-full max-w-sm justify-end">
          <LanguageSwitch
            current={setting.locale}
            options={languageOptions()}
            label={shell('languageLabel')}
            choose={chooseLanguageAction}
          />
        </div>
        <div className="flex w-full max-w-sm flex-1 flex-col justify-center py-6">
          <div className="mb-8 text-center">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">{shell('recipientBrand')}</p>
            <h1 className="mt-2 text-2xl font-semibold">{t('title')}</h1>
            <p className="mt-2 text-sm text-slate-600">{t('lead')}</p>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
            <RecipientSignInForm />
          </div>
          <p className="mt-6 text-center text-sm text-slate-600">
            {t('staffPrompt')}{' '}
            <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {t('staffLink')}
            </Link>
          </p>
        </div>
      </main>
    </IntlClientProvider>
  );
}
