import { describe, expect, it } from 'vitest';
import { FORMATS } from '@/lib/i18n/formats';
import { messagesOf } from '@/lib/i18n/translator';
import { generatePasscode } from '@/lib/passcode';
import { deliveredMessages } from './delivered';
import { lockedOutMessages } from './locked-out';
import { outForDeliveryMessages } from './out-for-delivery';
import { passcodeMessages, passcodeResendMessages } from './passcode';
import { masked, withSecret } from './render';
import { shippedMessages } from './shipped';
import type { RecipientMessageContext } from './template-context';
import { SECRET_PLACEHOLDER } from './types';

const context: RecipientMessageContext = {
  recipientName: 'Emma Wilson',
  trackingId: 'TBA123456789',
  shipperName: 'Bright Gadgets Ltd',
  marketplace: 'UK',
  to: { email: 'emma@example.com', phone: '+447700900123' },
  channels: { email: true, sms: true },
  accountId: 'acc-1',
  shipmentId: 'shp-1',
};
const passcodeContext = { ...context, passcodeId: 'pc-1', sealedCode: 'iv.tag.body', deliveryDate: '2026-11-30' };
/** A date as the catalogues' `day` format writes it (the exact punctuation depends on the ICU data of the Node build). */
const dayIn = (locale: string, timeZone: string, date: Date) =>
  new Intl.DateTimeFormat(locale, { ...FORMATS.dateTime.day, timeZone }).format(date);
const warning = (messagesOf('en-GB') as { messages: { warning: { email: string; sms: string } } }).messages.warning;

describe('passcode messages', () => {
  it('keep leading zeros when the code is put in at send time', () => {
    const code = generatePasscode(() => 42);
    expect(code).toBe('000042');
    for (const m of [...passcodeMessages(passcodeContext), ...passcodeResendMessages(passcodeContext)]) {
      expect(m.body).toContain(SECRET_PLACEHOLDER);
      expect(withSecret(m.body, code)).toContain('000042');
      expect(masked(m.body)).toContain('••••••');
      expect(masked(m.body)).not.toContain(SECRET_PLACEHOLDER);
    }
  });

  it('never put the code in an e-mail subject and always warn against sharing it', () => {
    const messages = passcodeMessages(passcodeContext);
    expect(messages.map((m) => m.channel)).toEqual(['sms', 'email']);
    const email = messages.find((m) => m.channel === 'email')!;
    expect(email.subject).toBe(`Your delivery passcode for ${dayIn('en-GB', 'Europe/London', new Date('2026-11-30T12:00:00Z'))}`);
    expect(email.subject).toMatch(/Monday,? 30 November 2026/);
    expect(email.subject).not.toContain(SECRET_PLACEHOLDER);
    expect(email.body).toContain('Never share this passcode with anyone except the delivery associate at your door');
    expect(email.body).toContain(warning.email);
    expect(messages.find((m) => m.channel === 'sms')!.body).toContain(warning.sms);
    for (const m of messages) {
      expect(m.secretCiphertext).toBe('iv.tag.body');
      expect(m.passcodeId).toBe('pc-1');
    }
    for (const m of passcodeResendMessages(passcodeContext)) {
      expect(m.subject ?? '').not.toContain(SECRET_PLACEHOLDER);
      expect(m.body).toContain(m.channel === 'sms' ? warning.sms : warning.email);
    }
  });

  it('resend goes to the same stored addresses with its own template', () => {
    const messages = passcodeResendMessages(passcodeContext);
    expect(messages.map((m) => [m.template, m.to])).toEqual([
      ['passcode_resend', '+447700900123'],
      ['passcode_resend', 'emma@example.com'],
    ]);
  });
});

describe('lifecycle messages', () => {
  it('Shipped tells an OTP recipient that a passcode will come when it is out for delivery', () => {
    const [sms, email] = shippedMessages({ ...context, needsPasscode: true });
    expect(sms!.body).toContain('It needs a passcode: we will send it on the delivery day.');
    expect(email!.body).toContain('we will send it to you when the package is out for delivery');
    expect(email!.subject).toBe('Your package from Bright Gadgets Ltd has shipped');
    for (const m of shippedMessages({ ...context, needsPasscode: false })) expect(m.body).not.toContain('passcode');
  });

  it('go out only on the channels that are on for the account and have an address', () => {
    expect(
      outForDeliveryMessages({ ...context, channels: { email: true, sms: false }, needsPasscode: true }).map((m) => m.channel),
    ).toEqual(['email']);
    expect(
      outForDeliveryMessages({ ...context, to: { email: null, phone: '+447700900123' }, needsPasscode: false }).map((m) => m.channel),
    ).toEqual(['sms']);
    expect(deliveredMessages({ ...context, channels: { email: false, sms: false }, withPasscode: true, deliveredAt: new Date() })).toEqual(
      [],
    );
    expect(lockedOutMessages({ ...context, to: { email: 'emma@example.com', phone: null } }).map((m) => [m.channel, m.template])).toEqual([
      ['email', 'passcode_locked'],
    ]);
  });

  it('use only allow-listed fields, on one line', () => {
    const [sms] = shippedMessages({ ...context, recipientName: 'Bob\r\nInjected', shipperName: 'Evil\nCo', needsPasscode: false });
    expect(sms!.body).toBe('Evil Co: your package TBA123456789 has shipped.');
    const [, email] = outForDeliveryMessages({ ...context, recipientName: 'Bob\r\nInjected', needsPasscode: false });
    expect(email!.body.split('\n')[0]).toBe('Hello Bob Injected,');
    expect(Object.keys(email!).sort()).toEqual(['accountId', 'body', 'channel', 'shipmentId', 'subject', 'template', 'to']);
  });

  it('say when a package was delivered, in the marketplace time zone', () => {
    const deliveredAt = new Date('2026-11-30T14:05:00Z');
    const [sms, email] = deliveredMessages({ ...context, withPasscode: true, deliveredAt });
    expect(sms!.body).toBe('Bright Gadgets Ltd: your package TBA123456789 was delivered with your passcode.');
    expect(email!.body).toContain(
      `was delivered on ${dayIn('en-GB', 'Europe/London', deliveredAt)} at 14:05, after the delivery passcode was given.`,
    );
    // 14:05 UTC is 19:35 in India.
    const [, inIndia] = deliveredMessages({ ...context, marketplace: 'IN', withPasscode: false, deliveredAt });
    expect(inIndia!.body).toMatch(new RegExp(`was delivered on ${dayIn('en-IN', 'Asia/Kolkata', deliveredAt)} at (7:35\\spm|19:35)\\.`));
    expect(inIndia!.body).not.toContain('passcode');
  });
});
