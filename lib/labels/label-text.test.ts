import { describe, expect, it } from 'vitest';
import { labelText } from './label-text';
import { ELLIPSIS, fitText, textWidthIn } from './text-metrics';

describe('labelText', () => {
  it.each([
    ['Chloé Bernard', 'Chloé Bernard'],
    ['Müller Straße 5', 'Müller Straße 5'],
    ['Łódź', 'Lódz'],
    ['श्री राम', 'sri ram'],
    ['北京市', 'BeiJingShi'],
    ['Ananya 😀 Iyer', 'Ananya Iyer'],
    ['José 👨‍👩‍👧 🇬🇧', 'José'],
    ['Cafe\u0301 (decomposed)', 'Café (decomposed)'],
    ['  two\tlines\nhere  ', 'two lines here'],
    ['zero\u200bwidth', 'zerowidth'],
    [null, ''],
    ['😀', ''],
  ])('%j prints as %j', (input, expected) => {
    expect(labelText(input)).toBe(expected);
  });
});

describe('fitText', () => {
  it('keeps a line that fits', () => {
    expect(fitText('Emma Wilson', 0.25, 'bold', 3.7)).toBe('Emma Wilson');
  });

  it('cuts a line that does not fit and ends it with an ellipsis, within the room', () => {
    const fitted = fitText('W'.repeat(50), 0.25, 'bold', 3.7);
    expect(fitted.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidthIn(fitted, 0.25, 'bold')).toBeLessThanOrEqual(3.7);
    expect(textWidthIn(`W${fitted}`, 0.25, 'bold')).toBeGreaterThan(3.7);
  });

  it('leaves nothing when not even the ellipsis fits', () => {
    expect(fitText('Emma', 0.25, 'regular', 0.01)).toBe('');
  });
});
