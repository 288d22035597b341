'use client';

import type { ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import { FORMATS } from '@/lib/i18n/formats';
import type { LocaleSetting } from '@/lib/i18n/locale-choice';

/** The catalogue namespaces a page's client parts use, in the page's language and time zone. */
export function IntlClientProvider({ setting, messages, children }: { setting: LocaleSetting; messages: object; children: ReactNode }) {
  return (
    <IntlProvider locale={setting.locale} timeZone={setting.timeZone} formats={FORMATS} messages={messages as never}>
      {children}
    </IntlProvider>
  );
}
