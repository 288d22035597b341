import { maskPhone } from '../tracker/mask-phone';
import type { MessageChannel } from './types';

/** An e-mail address a shipper may read: its first character and its domain, e.g. "j•••@example.com". */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '•••';
  return `${address.slice(0, Math.min(at, 1))}•••${address.slice(at)}`;
}

/** A message's destination as the message log shows it: enough to recognise, never the whole address. */
export function maskAddress(channel: MessageChannel, address: string, marketplace: string | null): string {
  return channel === 'sms' ? maskPhone(address, marketplace) : maskEmail(address);
}
