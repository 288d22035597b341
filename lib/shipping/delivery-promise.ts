import { deliveryDayAt, endOfDeliveryDay } from '@/lib/passcode/delivery-day';
import type { Marketplace } from '@/lib/otp/marketplaces';
import { DAY_MS } from '@/lib/time/durations';
import type { CarrierService } from './services';

/** From the start of the first day of the promise to the end of its last day (exclusive), marketplace time. */
export interface DeliveryWindow {
  start: Date;
  end: Date;
}

const MEMO_LIMIT = 4096;
const shipDays = new Map<string, string>();
const windows = new Map<string, DeliveryWindow>();

function remembered<T>(memo: Map<string, T>, key: string, make: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = make();
    memo.set(key, value);
  }
  return value;
}

// Every marketplace's UTC offset is a whole number of half hours, so its calendar day is the same throughout
// each half hour of UTC: one time-zone conversion serves every request in it (each one costs ~50 µs).
const HALF_HOUR_MS = 30 * 60 * 1000;

function shipDayOf(marketplace: Marketplace, shipDate: Date): string {
  const slot = Math.floor(shipDate.getTime() / HALF_HOUR_MS);
  return remembered(shipDays, `${marketplace}|${slot}`, () => deliveryDayAt(marketplace, shipDate));
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The calendar day `workingDays` Monday-to-Friday days after `day`. */
export function addWorkingDays(day: string, workingDays: number): string {
  let current = day;
  for (let left = workingDays; left > 0; left--) {
    do current = addDays(current, 1);
    while (isWeekend(current));
  }
  return current;
}

/** When a service promises to deliver a package shipped at `shipDate`: its promise days counted in working days. */
export function deliveryWindow(service: CarrierService, shipDate: Date): DeliveryWindow {
  const { marketplace, promiseDays } = service;
  const shipDay = shipDayOf(marketplace, shipDate);
  return remembered(windows, `${marketplace}|${shipDay}|${promiseDays.earliest}|${promiseDays.latest}`, () => {
    const first = addWorkingDays(shipDay, promiseDays.earliest);
    const last = addWorkingDays(shipDay, promiseDays.latest);
    return Object.freeze({ start: endOfDeliveryDay(marketplace, addDays(first, -1)), end: endOfDeliveryDay(marketplace, last) });
  });
}
