import { describe, expect, it } from 'vitest';
import { ACCENTED_LETTERS, namePrefixQuery, PLAIN_LETTERS } from './name-search';

describe('recipient name search', () => {
  it.each<[string, string | null]>([
    ['wil', 'wil'],
    ['Emma Wil', 'Emma & Wil'],
    ['  emma,   wilson ', 'emma & wilson'],
    ["O'Brien", 'O & Brien'],
    ['Jean-Luc', 'Jean & Luc'],
    ['Lucía', 'Lucía'],
    ['Lucía'.normalize('NFD'), 'Lucía'.normalize('NFC')],
    ['आनन्या', 'आनन्या'],
    ['sc1234', 'sc1234'],
  ])('reads %j as the query %j', (text, query) => {
    expect(namePrefixQuery(text)).toBe(query);
  });

  it.each(["wil:* | !x & (y) <-> 'z' \\", '%_', '  ', ':*', '!!', "'"])('never lets tsquery syntax through: %j', (text) => {
    const query = namePrefixQuery(text);
    if (query === null) return;
    for (const word of query.split(' & ')) expect(word).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
  });

  it('has no words to search for in punctuation alone', () => {
    expect(namePrefixQuery('%_')).toBeNull();
    expect(namePrefixQuery(" - ' ")).toBeNull();
  });

  it('folds each accented letter to the plain letter it is written with', () => {
    expect([...PLAIN_LETTERS]).toHaveLength([...ACCENTED_LETTERS].length);
    expect(PLAIN_LETTERS).toMatch(/^[a-z]+$/);
    [...ACCENTED_LETTERS].forEach((letter, i) => expect(letter.normalize('NFD')[0]).toBe(PLAIN_LETTERS[i]));
    for (const letter of 'áàâäãåéèêëíìîïóòôöõúùûüñçýÿčšžřćłø'.normalize('NFC')) {
      if (letter.normalize('NFD').length > 1) expect(ACCENTED_LETTERS).toContain(letter);
    }
  });
});
