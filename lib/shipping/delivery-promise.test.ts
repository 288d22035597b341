import { describe, expect, it } from 'vitest';
import { addWorkingDays, deliveryWindow } from './delivery-promise';
import { serviceById } from './services';

describe('addWorkingDays', () => {
  it.each([
    ['2024-05-06', 1, '2024-05-07'], // Monday → Tuesday
    ['2024-05-10', 1, '2024-05-13'], // Friday → Monday
    ['2024-05-11', 1, '2024-05-13'], // Saturday → Monday
    ['2024-05-09', 3, '2024-05-14'], // Thursday + 3 → Tuesday
    ['2024-05-06', 0, '2024-05-06'],
  ])('%s + %i → %s', (day, days, expected) => {
    expect(addWorkingDays(day, days)).toBe(expected);
  });
});

describe('deliveryWindow', () => {
  it('UK standard shipped on a Friday: Tuesday to Wednesday, London time (BST)', () => {
    const window = deliveryWindow(serviceById('SWA-UK-STD')!, new Date('2024-05-10T15:00:00Z'));
    expect(window.start.toISOString()).toBe('2024-05-13T23:00:00.000Z');
    expect(window.end.toISOString()).toBe('2024-05-15T23:00:00.000Z');
  });

  it('one-day service: the whole next working day', () => {
    const window = deliveryWindow(serviceById('SWA-UK-PREM')!, new Date('2024-01-08T09:00:00Z'));
    expect(window).toEqual({ start: new Date('2024-01-09T00:00:00Z'), end: new Date('2024-01-10T00:00:00Z') });
  });

  it('counts from the marketplace calendar day: 20:00 UTC is already the next day in India', () => {
    const window = deliveryWindow(serviceById('SWA-IN-PREM')!, new Date('2024-05-06T20:00:00Z'));
    // Tuesday 7 May in India; one working day later is Wednesday 8 May, 00:00 IST = 18:30 UTC the day before.
    expect(window.start.toISOString()).toBe('2024-05-07T18:30:00.000Z');
    expect(window.end.toISOString()).toBe('2024-05-08T18:30:00.000Z');
  });

  it('gives the same answer from its memo as when first computed', () => {
    const service = serviceById('SWA-FR-STD')!;
    const first = deliveryWindow(service, new Date('2024-03-29T10:00:00Z'));
    const again = deliveryWindow(service, new Date('2024-03-29T10:20:00Z'));
    expect(again).toEqual(first);
    // Across the change to summer time (31 March), the end is midnight CEST.
    expect(first.end.toISOString()).toBe('2024-04-03T22:00:00.000Z');
  });
});
