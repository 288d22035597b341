import { z } from 'zod';

// C0 controls and DEL: a line break or NUL in a label field is never data, and CR/LF in an email
// or name is the header/log-injection vector.
const CONTROL_CHARACTER = /[\p{Cc}]/u;

function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

const noControlCharacters = z.refine<string>((text) => !hasControlCharacter(text), {
  error: 'must not contain control characters such as line breaks, tabs or NUL',
});

/** A single-line string of min..max characters; a required one (min ≥ 1) may not be blank. */
export function textField(min: number, max: number) {
  const base = z.string().min(min).max(max).check(noControlCharacters);
  if (min === 0) return base;
  return base.check(z.refine<string>((text) => text === '' || text.trim() !== '', { error: 'must not be blank' }));
}
