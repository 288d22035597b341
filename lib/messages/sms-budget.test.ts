import { describe, expect, it } from 'vitest';
import { calendarDay } from '../i18n/calendar-day';
import { marketplaceLocale } from '../i18n/locale-choice';
import { translatorFor } from '../i18n/translator';
import { MARKETPLACE_TABLE } from '../marketplaces/table';
import type { Marketplace } from '../otp/marketplaces';
import { generateTrackingId } from '../tracker/tracking-id';
import { deliveredMessages } from './delivered';
import { lockedOutMessages } from './locked-out';
import { outForDeliveryMessages } from './out-for-delivery';
import { passcodeMessages, passcodeResendMessages } from './passcode';
import { withSecret } from './render';
import { shippedMessages } from './shipped';
import { signInCodeMessages } from './sign-in-code';
import { SHORTEST_SHIPPER_NAME, shortenName, SMS_MAX_SEGMENTS } from './sms-fit';
import { smsSize, toGsm7 } from './sms-segments';
import { oneLine, type RecipientMessageContext, type TemplateWording } from './template-context';
import { SECRET_PLACEHOLDER, type OutgoingMessage } from './types';

/** A realistic long public host: the origin-bound line of the sign-in SMS carries it. */
const HOST = 'shipper-central.carrier.example';
const DELIVERY_DATE = '2026-11-30';
const DELIVERED_AT = new Date('2026-11-30T14:05:00Z');

const SHIPPERS = {
  gsm: 'Northern Highlands Outdoor Supplies Ltd.',
  // ê, ç, â, ô and … are outside GSM-7: the SMS must carry the name in GSM-7 letters, never switch to UCS-2.
  nonGsm: 'Crêperie Façon Lumière… Pâtisseries Côté',
} as const;
type ShipperKind = keyof typeof SHIPPERS;

const TRACKING_ID = generateTrackingId();
/** A code that cannot be mistaken for part of the tracking id or the host. */
const CODE = ['042917', '731560', '689024', '150378'].find((code) => !TRACKING_ID.includes(code) && !HOST.includes(code))!;

type Kind = 'lifecycle' | 'passcode' | 'signIn';
interface Rendered {
  template: string;
  kind: Kind;
  /** The catalogue entry whose SMS it is (for recomputing the unshortened text). */
  wording?: TemplateWording;
  values?: Record<string, string | Date>;
  messages: OutgoingMessage[];
}

const PHONES: Record<Marketplace, string> = {
  UK: '+447700900123',
  FR: '+33639981234',
  IT: '+393123456789',
  ES: '+34612345678',
  IN: '+919876543210',
};

function contextOf(marketplace: Marketplace, shipperName: string): RecipientMessageContext {
  return {
    recipientName: 'Alex Example',
    trackingId: TRACKING_ID,
    shipperName,
    marketplace,
    to: { email: 'alex@example.com', phone: PHONES[marketplace] },
    channels: { email: true, sms: true },
    accountId: 'acc-1',
    shipmentId: 'shp-1',
  };
}

/** Every recipient template of a marketplace, rendered by the real template functions. */
function renderAll(marketplace: Marketplace, shipperName: string): Rendered[] {
  const context = contextOf(marketplace, shipperName);
  const passcode = { ...context, passcodeId: 'pc-1', sealedCode: 'iv.tag.body', deliveryDate: DELIVERY_DATE };
  const day = calendarDay(DELIVERY_DATE);
  return [
    ...(['yes', 'no'] as const).flatMap((yes): Rendered[] => [
      {
        template: `shipped${yes === 'yes' ? ' + passcode' : ''}`,
        kind: 'lifecycle',
        wording: 'shipped',
        values: { needsPasscode: yes },
        messages: shippedMessages({ ...context, needsPasscode: yes === 'yes' }),
      },
      {
        template: `outForDelivery${yes === 'yes' ? ' + passcode' : ''}`,
        kind: 'lifecycle',
        wording: 'outForDelivery',
        values: { needsPasscode: yes },
        messages: outForDeliveryMessages({ ...context, needsPasscode: yes === 'yes' }),
      },
      {
        template: `delivered${yes === 'yes' ? ' + passcode' : ''}`,
        kind: 'lifecycle',
        wording: 'delivered',
        values: { withPasscode: yes, deliveredAt: DELIVERED_AT },
        messages: deliveredMessages({ ...context, withPasscode: yes === 'yes', deliveredAt: DELIVERED_AT }),
      },
    ]),
    {
      template: 'passcode',
      kind: 'passcode',
      wording: 'passcode',
      values: { code: SECRET_PLACEHOLDER, deliveryDay: day },
      messages: passcodeMessages(passcode),
    },
    {
      template: 'passcodeResend',
      kind: 'passcode',
      wording: 'passcodeResend',
      values: { code: SECRET_PLACEHOLDER, deliveryDay: day },
      messages: passcodeResendMessages(passcode),
    },
    { template: 'lockedOut', kind: 'lifecycle', wording: 'lockedOut', values: {}, messages: lockedOutMessages(context) },
    {
      template: 'signInCode',
      kind: 'signIn',
      messages: signInCodeMessages({ email: 'alex@example.com', phone: PHONES[marketplace] }, marketplaceLocale(marketplace), HOST),
    },
  ];
}

/** The do-not-share warning of the marketplace's language, as its passcode messages must carry it. */
function warningOf(marketplace: Marketplace) {
  const t = translatorFor(marketplaceLocale(marketplace), 'messages');
  return { sms: t('warning.sms'), email: t('warning.email') };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The shipper name as an SMS must carry it when it is not shortened: on one line, in GSM-7 letters. */
const fullSmsName = (shipperName: string) => toGsm7(oneLine(shipperName));

/** How many characters of the shipper's name the SMS kept: its full length, or the length it was shortened to. */
function keptNameLength(body: string, shipperName: string): number | null {
  const full = fullSmsName(shipperName);
  for (let length = full.length; length >= 1; length--) if (body.includes(shortenName(full, length))) return length;
  return null;
}

/** The SMS a template would send with the shipper's name cut to a length: the same catalogue text, the code put in. */
function smsWithNameLength(marketplace: Marketplace, rendered: Rendered, shipperName: string, length: number): string {
  const t = translatorFor(marketplaceLocale(marketplace), 'messages');
  const shipper = shortenName(fullSmsName(shipperName), length);
  const text = t(`${rendered.wording!}.sms`, { ...rendered.values, shipper, trackingId: TRACKING_ID, warning: t('warning.sms') });
  return withSecret(text, CODE);
}

interface Row {
  marketplace: Marketplace;
  locale: string;
  shipper: ShipperKind;
  template: string;
  segments: number;
  septets: number;
  encoding: string;
  nameKept: string;
  emailChars: number;
}

const rows: Row[] = [];

describe.each(MARKETPLACE_TABLE.map((row) => row.code))('the %s recipient messages', (marketplace) => {
  const { locale } = marketplaceLocale(marketplace);
  const warning = warningOf(marketplace);

  describe.each(Object.keys(SHIPPERS) as ShipperKind[])('with a 40-character %s shipper name', (shipperKind) => {
    const shipperName = SHIPPERS[shipperKind];
    const all = renderAll(marketplace, shipperName);

    it('are rendered for every template, by SMS and e-mail', () => {
      expect(shipperName).toHaveLength(40);
      for (const rendered of all)
        expect(
          rendered.messages.map((m) => m.channel),
          rendered.template,
        ).toEqual(['sms', 'email']);
    });

    it.each(all.map((r) => [r.template, r] as const))(
      '%s: the SMS is GSM-7, within the segment budget, and the code is sent once',
      (_, rendered) => {
        const sms = rendered.messages.find((m) => m.channel === 'sms')!;
        const email = rendered.messages.find((m) => m.channel === 'email')!;
        const sent = withSecret(sms.body, CODE);
        const size = smsSize(sent);
        const kept = keptNameLength(sent, shipperName);
        rows.push({
          marketplace,
          locale,
          shipper: shipperKind,
          template: rendered.template,
          segments: size.segments,
          septets: size.units,
          encoding: size.encoding,
          nameKept: rendered.kind === 'signIn' ? '-' : `${kept}/${fullSmsName(shipperName).length}`,
          emailChars: withSecret(email.body, CODE).length,
        });

        expect(size.encoding, sent).toBe('GSM-7');
        expect(size.segments, sent).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
        if (rendered.kind !== 'passcode') expect(size.segments, sent).toBe(1);

        expect(email.subject ?? '').not.toContain(SECRET_PLACEHOLDER);
        if (rendered.kind === 'passcode') {
          expect(occurrences(sent, CODE), sent).toBe(1);
          expect(occurrences(withSecret(email.body, CODE), CODE), email.body).toBe(1);
          expect(sent).toContain(warning.sms);
          expect(email.body).toContain(warning.email);
        } else if (rendered.kind === 'signIn') {
          const lines = sent.split('\n');
          expect(lines.at(-1)).toBe(`@${HOST} #${CODE}`);
          expect(occurrences(lines.slice(0, -1).join('\n'), CODE), sent).toBe(1);
          expect(occurrences(sent, CODE), sent).toBe(2);
          expect(occurrences(withSecret(email.body, CODE), CODE), email.body).toBe(1);
        } else {
          expect(sent).not.toContain(CODE);
          expect(email.body).not.toContain(SECRET_PLACEHOLDER);
        }
      },
    );

    const withShipper = all.filter((r) => r.kind !== 'signIn').map((r) => [r.template, r] as const);

    it.each(withShipper)('%s: the e-mail names the shipper in full; the SMS never cuts the name below the shortest', (_, rendered) => {
      const sent = withSecret(rendered.messages.find((m) => m.channel === 'sms')!.body, CODE);
      expect(rendered.messages.find((m) => m.channel === 'email')!.body).toContain(oneLine(shipperName));
      const kept = keptNameLength(sent, shipperName);
      expect(kept, sent).not.toBeNull();
      expect(kept!, sent).toBeGreaterThanOrEqual(Math.min(SHORTEST_SHIPPER_NAME, fullSmsName(shipperName).length));
    });

    it.each(withShipper)(
      '%s: the SMS keeps the full name when the full text fits one segment, and cuts it only as far as needed',
      (_, rendered) => {
        const sent = withSecret(rendered.messages.find((m) => m.channel === 'sms')!.body, CODE);
        const full = fullSmsName(shipperName);
        const kept = keptNameLength(sent, shipperName)!;
        const unshortened = smsWithNameLength(marketplace, rendered, shipperName, full.length);
        if (smsSize(unshortened).segments === 1) expect(sent).toBe(unshortened);
        // One more character of the name would have taken another segment.
        if (kept < full.length) {
          expect(smsSize(smsWithNameLength(marketplace, rendered, shipperName, kept + 1)).segments, sent).toBeGreaterThan(
            smsSize(sent).segments,
          );
        }
      },
    );
  });
});

describe('the SMS budget table', () => {
  it('is printed for the closing note', () => {
    expect(rows.length).toBe(MARKETPLACE_TABLE.length * Object.keys(SHIPPERS).length * 10);
    console.log(`SMS sizes with a 40-character shipper name, tracking id ${TRACKING_ID}, code ${CODE}, host ${HOST}:`);
    console.table(rows);
  });
});
