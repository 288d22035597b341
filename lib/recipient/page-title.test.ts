import { describe, expect, it } from 'vitest';
import { recipientCentralTitle } from './page-title';

describe('Recipient Central’s document titles', () => {
  it('name Recipient Central after the page, in the page’s language, never the staff portal', () => {
    expect(recipientCentralTitle({ locale: 'en-GB', timeZone: 'Europe/London' }, 'My packages')).toBe('My packages · Recipient Central');
    expect(recipientCentralTitle({ locale: 'fr-FR', timeZone: 'Europe/Paris' }, 'Mes colis')).toBe('Mes colis · Recipient Central');
  });
});
