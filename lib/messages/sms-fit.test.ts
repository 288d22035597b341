import { describe, expect, it } from 'vitest';
import { fitSms, SHORTEST_SHIPPER_NAME, shortenName, SMS_MAX_SEGMENTS } from './sms-fit';
import { isGsm7, smsSize } from './sms-segments';

const NAME = 'Northern Highlands Outdoor Supplies Ltd.'; // 40 characters
const text = (length: number) => 'x'.repeat(length);

/** A template with a fixed text of a given length after the shipper's name, recording the names it was tried with. */
function template(fixedLength: number) {
  const tried: string[] = [];
  const render = (shipper: string) => {
    tried.push(shipper);
    return `${shipper}: ${text(fixedLength - 2)}`;
  };
  return { render, tried };
}

/** The shipper name an SMS of `template` carries. */
const nameIn = (sms: string) => sms.slice(0, sms.indexOf(': '));

describe('shortenName', () => {
  it('leaves a name that fits as it is', () => {
    expect(shortenName('Bright Gadgets', 14)).toBe('Bright Gadgets');
    expect(shortenName('Bright Gadgets', 40)).toBe('Bright Gadgets');
  });

  it('cuts a longer name to the length, ending with a full stop (GSM-7: no ellipsis character)', () => {
    const short = shortenName(NAME, 20);
    expect(short).toBe('Northern Highlands.');
    expect(short.length).toBeLessThanOrEqual(20);
    expect(shortenName(NAME, 12)).toBe('Northern Hi.');
    expect(shortenName(NAME, 12)).toHaveLength(12);
    for (let length = 2; length < NAME.length; length++) {
      const cut = shortenName(NAME, length);
      expect(cut.length, `${length}`).toBeLessThanOrEqual(length);
      expect(cut.endsWith('.'), cut).toBe(true);
      expect(cut).not.toContain('…');
      expect(NAME.startsWith(cut.slice(0, -1)), cut).toBe(true);
    }
  });

  it('drops the space before the full stop', () => {
    expect(shortenName('Maison Lumière Haute Joaillerie', 16)).toBe('Maison Lumière.');
  });
});

describe('fitSms', () => {
  it('keeps the full name when the whole text fits one segment', () => {
    const { render } = template(100);
    const sms = fitSms(render, NAME);
    expect(nameIn(sms)).toBe(NAME);
    expect(smsSize(sms)).toMatchObject({ encoding: 'GSM-7', segments: 1, units: 140 });
  });

  it('keeps the full name when it exactly fills one segment (160 septets)', () => {
    const sms = fitSms(template(120).render, NAME);
    expect(nameIn(sms)).toBe(NAME);
    expect(smsSize(sms)).toMatchObject({ segments: 1, units: 160 });
  });

  it('shortens the name just enough to reach one segment', () => {
    // 40 + 130 = 170 septets: 10 too many.
    const sms = fitSms(template(130).render, NAME);
    expect(smsSize(sms).segments).toBe(1);
    const kept = nameIn(sms);
    expect(kept).toBe(shortenName(NAME, 30));
    expect(kept.length).toBeGreaterThanOrEqual(SHORTEST_SHIPPER_NAME);
    // One more character would not fit.
    expect(smsSize(template(130).render(shortenName(NAME, 31))).segments).toBe(2);
  });

  it('shortens to the shortest name allowed when that is what one segment takes', () => {
    const sms = fitSms(template(160 - SHORTEST_SHIPPER_NAME).render, NAME);
    expect(nameIn(sms)).toBe(shortenName(NAME, SHORTEST_SHIPPER_NAME));
    expect(smsSize(sms).segments).toBe(1);
  });

  it('falls back to two segments, with the full name, when one segment would need a name below the shortest', () => {
    const sms = fitSms(template(160 - SHORTEST_SHIPPER_NAME + 1).render, NAME);
    expect(nameIn(sms)).toBe(NAME);
    expect(smsSize(sms).segments).toBe(SMS_MAX_SEGMENTS);
  });

  it('shortens the name to stay within two segments when even two cannot hold the full one, and never cuts the rest', () => {
    // Two segments hold 2 × 153 = 306 septets; 300 are the fixed text.
    const { render } = template(300);
    const sms = fitSms(render, NAME);
    expect(smsSize(sms).segments).toBe(SMS_MAX_SEGMENTS);
    expect(sms.endsWith(text(298))).toBe(true);
    expect(nameIn(sms)).toBe(shortenName(NAME, 6));
  });

  it('sends the rest of the text whole even when no name makes it fit', () => {
    const sms = fitSms(template(400).render, NAME);
    expect(sms.endsWith(text(398))).toBe(true);
    expect(smsSize(sms).segments).toBeGreaterThan(SMS_MAX_SEGMENTS);
  });

  it('keeps a name shorter than the shortest as it is', () => {
    const sms = fitSms(template(155).render, 'Acme Ltd');
    expect(nameIn(sms)).toBe('Acme Ltd');
    expect(smsSize(sms).segments).toBe(2);
  });

  it('writes the shipper name in GSM-7 letters so the SMS is never sent as UCS-2', () => {
    const name = 'Crêperie Façon Lumière – Côté “Thé”';
    const sms = fitSms(template(60).render, name);
    expect(nameIn(sms)).toBe('Creperie Facon Lumière - Coté "Thé"'); // è and é are GSM-7 letters; ê, ç, ô, –, “ ” are not
    expect(isGsm7(sms)).toBe(true);
    expect(smsSize(sms)).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    // The same name unconverted would have made it a 2-segment UCS-2 message.
    expect(smsSize(template(60).render(name))).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });

  it('counts the converted name when deciding whether to shorten it', () => {
    // "…" becomes "..." (3 septets): the 40-character name is 42 characters long once converted, so 119 more do not fit.
    const name = 'Crêperie Façon Lumière… Pâtisseries Côté';
    expect(name).toHaveLength(40);
    const sms = fitSms(template(119).render, name);
    expect(smsSize(sms)).toMatchObject({ segments: 1, units: 160 });
    expect(nameIn(sms)).toBe(shortenName('Creperie Facon Lumière... Patisseries Coté', 41));
  });
});
