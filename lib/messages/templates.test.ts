import { describe, expect, it } from 'vitest';
import { generatePasscode } from '@/lib/passcode';
import { deliveredMessages } from './delivered';
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
  to: { email: 'emma@example.com', phone: '+447700900123' },
  channels: { email: true, sms: true },
  accountId: 'acc-1',
  shipmentId: 'shp-1',
};
const passcodeContext = { ...context, passcodeId: 'pc-1', sealedCode: 'iv.tag.body' };

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
    expect(email.subject).toBe('Your delivery passcode for today');
    expect(email.subject).not.toContain(SECRET_PLACEHOLDER);
    for (const m of messages) {
      expect(m.body).toContain('Never share this passcode with anyone except the delivery associate at your door');
      expect(m.secretCiphertext).toBe('iv.tag.body');
      expect(m.passcodeId).toBe('pc-1');
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
    expect(sms!.body).toContain('we will send it to you when the package is out for delivery');
    expect(email!.subject).toBe('Your package from Bright Gadgets Ltd has shipped');
    expect(shippedMessages({ ...context, needsPasscode: false })[0]!.body).not.toContain('passcode');
  });

  it('go out only on the channels that are on for the account and have an address', () => {
    expect(
      outForDeliveryMessages({ ...context, channels: { email: true, sms: false }, needsPasscode: true }).map((m) => m.channel),
    ).toEqual(['email']);
    expect(
      outForDeliveryMessages({ ...context, to: { email: null, phone: '+447700900123' }, needsPasscode: false }).map((m) => m.channel),
    ).toEqual(['sms']);
    expect(deliveredMessages({ ...context, channels: { email: false, sms: false }, withPasscode: true })).toEqual([]);
  });

  it('use only allow-listed fields, on one line', () => {
    const [sms] = shippedMessages({ ...context, recipientName: 'Bob\r\nInjected', shipperName: 'Evil\nCo', needsPasscode: false });
    expect(sms!.body).toBe('Evil Co: your package TBA123456789 has shipped.');
    const [, email] = outForDeliveryMessages({ ...context, recipientName: 'Bob\r\nInjected', needsPasscode: false });
    expect(email!.body.split('\n')[0]).toBe('Hello Bob Injected,');
    expect(Object.keys(email!).sort()).toEqual(['accountId', 'body', 'channel', 'shipmentId', 'subject', 'template', 'to']);
  });
});
