import type { LocaleSetting } from '../i18n/locale-choice';
import { translatorFor } from '../i18n/translator';

/** A Recipient Central page's document title: the page, then Recipient Central (not the staff portal's name). */
export function recipientCentralTitle(setting: LocaleSetting, page: string): string {
  return `${page} · ${translatorFor(setting, 'shell')('recipientBrand')}`;
}
