import { withSecret } from './render';
import { smsSize, toGsm7 } from './sms-segments';

/** No SMS is sent in more parts than this. */
export const SMS_MAX_SEGMENTS = 2;
/** A shipper name is never shortened below this many characters to save a segment. */
export const SHORTEST_SHIPPER_NAME = 12;

/** "Maison Lumière Haute Joaillerie" cut to 20 → "Maison Lumière Haut." (GSM-7 safe: no ellipsis character). */
export function shortenName(name: string, length: number): string {
  if (name.length <= length) return name;
  return `${name.slice(0, length - 1).trimEnd()}.`;
}

/**
 * The SMS with the shipper's name in GSM-7 letters, shortened only as far as needed: to one segment
 * when a name of at least SHORTEST_SHIPPER_NAME characters allows it, else to SMS_MAX_SEGMENTS.
 * The rest of the text (the passcode, the warning) is never cut.
 */
export function fitSms(render: (shipper: string) => string, shipperName: string): string {
  const shipper = toGsm7(shipperName);
  // Measured as sent: the placeholder's braces count double in GSM-7, the 6-digit secret does not.
  const segmentsOf = (text: string) => smsSize(withSecret(text, '000000')).segments;
  const textOf = (length: number) => render(shortenName(shipper, length));
  const full = textOf(shipper.length);
  if (segmentsOf(full) === 1) return full;
  // A shorter name never needs more segments, so the longest name that fits is found by bisection.
  const longestWithin = (segments: number, shortest: number): number | null => {
    if (segmentsOf(textOf(shortest)) > segments) return null;
    let [fits, tooLong] = [shortest, shipper.length + 1];
    while (tooLong - fits > 1) {
      const middle = Math.floor((fits + tooLong) / 2);
      if (segmentsOf(textOf(middle)) <= segments) fits = middle;
      else tooLong = middle;
    }
    return fits;
  };
  const shortest = Math.min(SHORTEST_SHIPPER_NAME, shipper.length);
  return textOf(longestWithin(1, shortest) ?? longestWithin(SMS_MAX_SEGMENTS, 1) ?? 1);
}
