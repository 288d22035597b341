import anyAscii from 'any-ascii';
import { FontNames } from '@pdf-lib/standard-fonts';
import { StandardFontEmbedder } from 'pdf-lib';

// The PDF's standard Helvetica speaks WinAnsi (Latin-1 and a few more): every label text is brought into it,
// so the three formats print the same words. "Chloé" stays, "Łódź" becomes "Lodz", "श्री" becomes "sri".
const WIN_ANSI = StandardFontEmbedder.for(FontNames.Helvetica).encoding;

// Emoji, the joiners, selectors and skin tones that build them, flags, and invisible format characters:
// no label font draws them, and a transliteration of an emoji (":grinning:") is noise on a label.
const UNPRINTABLE = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\p{Variation_Selector}\p{Cf}]/gu;
const SPACES = /[\s\p{Cc}]+/gu;

function encodable(char: string): boolean {
  return WIN_ANSI.canEncodeUnicodeCodePoint(char.codePointAt(0)!);
}

/** The text as the label prints it: one line, in characters every label renderer can draw. */
export function labelText(text: string | null | undefined): string {
  if (!text) return '';
  let out = '';
  let foreign = '';
  for (const char of text.normalize('NFC').replace(UNPRINTABLE, '')) {
    if (encodable(char)) {
      if (foreign) out += anyAscii(foreign);
      foreign = '';
      out += char;
    } else {
      foreign += char;
    }
  }
  if (foreign) out += anyAscii(foreign);
  return out.replace(SPACES, ' ').trim();
}
