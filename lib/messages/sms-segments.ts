export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSize {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
}

// 3GPP TS 23.038 §6.2.1: the GSM 7-bit default alphabet, in table order 0x00–0x7F, less 0x1B (the escape to the extension table).
const BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅå' +
    'Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ' +
    ' !"#¤%&\'()*+,-./' +
    '0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
    '¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// §6.2.1.1: the extension table; each character is sent as ESC + character, so costs two septets.
const EXTENSION = new Set('\f^{}\\[~]|€');

// 3GPP TS 23.040 §9.2.3.24.1: a concatenated message spends 6 octets of each segment on its user data header, leaving
// 153 of 160 septets (GSM-7) or 67 of 70 UTF-16 units (UCS-2); an escape pair or a surrogate pair is never split.
const LIMITS: Record<SmsEncoding, { single: number; multipart: number }> = {
  'GSM-7': { single: 160, multipart: 153 },
  'UCS-2': { single: 70, multipart: 67 },
};

// Replacements for characters whose NFD form has no GSM-7 base letter.
const LOOKALIKES: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u202f': ' ',
};

const isGsm7Char = (char: string): boolean => BASIC.has(char) || EXTENSION.has(char);

export function isGsm7(text: string): boolean {
  return [...text].every(isGsm7Char);
}

export function smsSize(text: string): SmsSize {
  const chars = [...text];
  const encoding: SmsEncoding = chars.every(isGsm7Char) ? 'GSM-7' : 'UCS-2';
  const costs = chars.map((char) => (encoding === 'GSM-7' ? (BASIC.has(char) ? 1 : 2) : char.length));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const { single, multipart } = LIMITS[encoding];
  if (units <= single) return { encoding, units, segments: 1 };

  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > multipart) {
      segments++;
      used = 0;
    }
    used += cost;
  }
  return { encoding, units, segments };
}

/**
 * Replaces characters outside GSM-7 with their closest GSM-7 form (NFD base letter, e.g. ê→e, ç→c, ô→o, typographic quotes ’‘“” →
 * ' and ", – — → -, … → ...), and anything still outside GSM-7 with '?'. Used to keep a shipper's name from forcing a whole SMS
 * into UCS-2.
 */
export function toGsm7(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => {
      if (isGsm7Char(char)) return char;
      const lookalike = LOOKALIKES[char];
      if (lookalike !== undefined) return lookalike;
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      return base !== '' && isGsm7(base) ? base : '?';
    })
    .join('');
}
