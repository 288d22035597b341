/**
 * Accented Latin letters a recipient's name may carry, each searched as its plain letter ("lucia" finds
 * "Lucía"). The database folds names and searches with this table (translate), so both sides always agree.
 */
export const ACCENTED_LETTERS = 'àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľńņňñòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž';

/** The plain letter of each of ACCENTED_LETTERS, in the same order. */
export const PLAIN_LETTERS = [...ACCENTED_LETTERS].map((letter) => letter.normalize('NFD')[0]).join('');

/**
 * The words of a search as a PostgreSQL query over the prefixes of a name's words: "emma wil" → "emma & wil"
 * (every word must start a word of the name). Only letters, combining marks and digits reach it, so no input
 * can write tsquery syntax; null when the text has no word.
 */
export function namePrefixQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return words.length > 0 ? words.join(' & ') : null;
}
