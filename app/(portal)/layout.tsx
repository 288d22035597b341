import type { ReactNode } from 'react';
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { AppHeader } from '@/components/shell/app-header';
import type { Actor } from '@/lib/auth/actor';
import { isStaffRole, NAV_LINKS, ROLE_LABELS, type StaffRole } from '@/lib/auth/roles';
import { clientMessagesOf, languageOptions, translatorFor } from '@/lib/i18n/translator';
import { chooseLanguageAction } from './language/actions';
import { actorLocale } from '../_lib/page-locale';
import { getActor, getSessionAccountName } from '../_lib/session';

function Main({ children }: { children: ReactNode }) {
  return <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8">{children}</main>;
}

async function StaffShell({ actor, role, children }: { actor: Actor; role: StaffRole; children: ReactNode }) {
  const accountName = await getSessionAccountName();
  const copy = {
    brand: 'Shipper Central',
    roleLabel: ROLE_LABELS[role],
    links: NAV_LINKS[role],
    signOut: 'Sign out',
    mainNav: 'Main',
  };
  return (
    <>
      <AppHeader name={actor.name} context={accountName} copy={copy} />
      <Main>{children}</Main>
    </>
  );
}

/** Recipient Central and the DA app: in the marketplace's language (or the one chosen), with a language switch. */
async function MarketplaceShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const setting = await actorLocale();
  const t = translatorFor(setting, 'shell');
  const isRecipient = actor.role === 'recipient';
  const copy = {
    brand: isRecipient ? t('recipientBrand') : 'Shipper Central',
    roleLabel: isRecipient ? t('role.recipient') : t('role.deliveryAssociate'),
    links: isRecipient ? [{ href: '/recipient', label: t('nav.recipient') }] : [{ href: '/delivery', label: t('nav.delivery') }],
    signOut: t('signOut'),
    mainNav: t('mainNav'),
  };
  const context = actor.station ? t('station', { station: actor.station }) : null;
  const languageSwitch = (
    <LanguageSwitch current={setting.locale} options={languageOptions()} label={t('languageLabel')} choose={chooseLanguageAction} />
  );
  return (
    <IntlClientProvider setting={setting} messages={clientMessagesOf(setting.locale)}>
      <div lang={setting.locale}>
        <AppHeader name={actor.name} context={context} copy={copy} languageSwitch={languageSwitch} />
        <Main>{children}</Main>
      </div>
    </IntlClientProvider>
  );
}

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  // Signed out: each page sends the visitor to sign-in with the way back (requirePageActor).
  if (!actor) return children;
  return isStaffRole(actor.role) ? (
    <StaffShell actor={actor} role={actor.role}>
      {children}
    </StaffShell>
  ) : (
    <MarketplaceShell actor={actor}>{children}</MarketplaceShell>
  );
}
