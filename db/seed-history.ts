import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { endOfDeliveryDay } from '@/lib/passcode';
import { DAY_MS, HOUR_MS } from '@/lib/time/durations';
import type { CarrierStatus, EventCode } from '@/lib/tracker/states';

export interface EventDraft {
  eventCode: EventCode;
  status: CarrierStatus;
  detailCode: string | null;
  at: Date;
}

const MINUTE_MS = 60_000;

/** The calendar day `days` after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const dayFormats = new Map<Marketplace, Intl.DateTimeFormat>();
const midnights = new Map<string, number>();

/** The calendar day at `at` in the marketplace's time zone (lib/passcode `deliveryDayAt`, its formatter kept: the seed asks ~50,000 times). */
export function dayAt(marketplace: Marketplace, at: Date): string {
  let format = dayFormats.get(marketplace);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: MARKETPLACES[marketplace].timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(marketplace, format);
  }
  return format.format(at);
}

/** `minutes` after midnight of `day` in the marketplace's time zone. */
export function localTime(marketplace: Marketplace, day: string, minutes: number): Date {
  const key = `${marketplace}|${day}`;
  let midnight = midnights.get(key);
  if (midnight === undefined) {
    midnight = endOfDeliveryDay(marketplace, addDays(day, -1)).getTime();
    midnights.set(key, midnight);
  }
  return new Date(midnight + minutes * MINUTE_MS);
}

/** What happened at the recipient's door on one trip out. */
export type StopResult = 'handed_over' | 'locked_out' | 'not_home';
export interface Stop {
  result: StopResult;
  /** From leaving the station to the door. */
  minutes: number;
}

/** 20 minutes to 9 hours, most of them in the morning; checking a passcode takes a few minutes more. */
function minutesToDoor(spread: number, passcode: number, otp: boolean): number {
  const minutes = 20 + 480 * spread ** 1.7;
  return Math.round(otp ? minutes + 15 + 25 * passcode : minutes);
}

/**
 * The stations' rounds: when the vans leave each day, and each visit's outcome. The OTP packages of one
 * passcode scope (account × recipient × day) are handed over, or locked out, together at one visit, as
 * the DA app does it (a lock-out sends back every package the passcode gates).
 */
export class DeliveryRounds {
  private readonly departures = new Map<string, Date>();
  private readonly stops = new Map<string, Stop>();
  private readonly spreads = new Map<string, number>();

  constructor(private readonly random: () => number) {}

  /** The vans leave between 07:30 and 09:00, local time. */
  departure(marketplace: Marketplace, day: string): Date {
    const key = `${marketplace}|${day}`;
    let at = this.departures.get(key);
    if (!at) {
      at = localTime(marketplace, day, 450 + Math.floor(this.random() * 90));
      this.departures.set(key, at);
    }
    return at;
  }

  /**
   * Where on the round a visit falls (0 first, 1 last): spread evenly per lane (an account's OTP or other
   * visits) by a golden-ratio sequence, so even a demo's few dozen deliveries show the passcode's extra
   * minutes in their medians rather than the luck of the draw.
   */
  private spread(lane: string): number {
    const last = this.spreads.get(lane) ?? this.random();
    const next = (last + 0.618_033_988_75) % 1;
    this.spreads.set(lane, next);
    return next;
  }

  /** The visit of a package on a day; packages with the same passcode scope share one. */
  stop(scope: string | null, lane: string, day: string, otp: boolean): Stop {
    const key = scope === null ? null : `${scope}|${day}`;
    const known = key === null ? undefined : this.stops.get(key);
    if (known) return known;
    const r = this.random();
    const result: StopResult = otp && r < 0.06 ? 'locked_out' : r < (otp ? 0.1 : 0.09) ? 'not_home' : 'handed_over';
    const stop = { result, minutes: minutesToDoor(this.spread(`${lane}|${otp}`), this.random(), otp) };
    if (key !== null) this.stops.set(key, stop);
    return stop;
  }

  /** Fixes a visit before any package reaches it (a story the demo must always have). */
  pin(scope: string, day: string, stop: Stop): void {
    this.stops.set(`${scope}|${day}`, stop);
  }
}

/** After a failed visit: out again the next day, back to the shipper, or (only lately) still waiting at the station. */
export type FollowUp = 'again' | 'returned' | 'waits';

export interface ShipmentPlan {
  marketplace: Marketplace;
  created: Date;
  /** Needs a passcode at the door. */
  otp: boolean;
  /** `account|phone` of an OTP package, whose visits its scope shares; null otherwise. */
  scope: string | null;
  /** The shipper account: its visits are spread over the round together. */
  lane: string;
  followUp?: FollowUp;
}

const step = (eventCode: EventCode, status: CarrierStatus, detailCode: string | null, at: number): EventDraft => ({
  eventCode,
  status,
  detailCode,
  at: new Date(at),
});

/** The fate a package meets on its own (lost on the way, refused or undeliverable at the door), from one draw. */
function ownFate(otp: boolean, r: number): 'lost' | 'rejected' | 'undeliverable' | null {
  if (r < (otp ? 0.01 : 0.04)) return 'lost';
  if (otp) return null;
  if (r < 0.08) return 'rejected';
  return r < 0.11 ? 'undeliverable' : null;
}

/**
 * A shipment's whole history up to `now`: labelled, picked up the next day, at the local station
 * overnight, out on the morning round two days after its label, then the visit; a failed visit may
 * bring a second trip. A trip out today is left to today's round (db/seed-delivery-day.ts), so
 * history never leaves a package out for delivery without its passcode.
 */
export function historyOf(plan: ShipmentPlan, rounds: DeliveryRounds, random: () => number, now: number): EventDraft[] {
  const { marketplace, created, otp, scope, lane } = plan;
  // Six draws per package whatever befalls it, so one package's story never shifts the next one's.
  const [rPickup, rDeparted, rArrived, rFate, rFollowUp, rReturn] = [random(), random(), random(), random(), random(), random()];
  const labelDay = dayAt(marketplace, created);
  const pickup = localTime(marketplace, addDays(labelDay, 1), 600 + rPickup * 360).getTime();
  const departed = pickup + (2 + 2 * rDeparted) * HOUR_MS;
  const events = [
    step('ReadyForReceive', 'PreTransit', null, created.getTime()),
    step('PickupDone', 'InTransit', null, pickup),
    step('Departed', 'InTransit', null, departed),
  ];
  const fate = ownFate(otp, rFate);
  if (fate === 'lost') return upToToday([...events, step('Lost', 'Lost', null, departed + 30 * HOUR_MS)], marketplace, now);
  events.push(step('ArrivedAtCarrierFacility', 'InTransit', 'ArrivedAtLocalFacility', departed + (5 + 5 * rArrived) * HOUR_MS));

  for (let trip = 1, day = addDays(labelDay, 2); ; trip += 1, day = addDays(day, 1)) {
    const out = rounds.departure(marketplace, day).getTime();
    events.push(step('OutForDelivery', 'OutForDelivery', null, out));
    const stop = rounds.stop(scope, lane, day, otp);
    const door = out + stop.minutes * MINUTE_MS;
    if (stop.result === 'handed_over') {
      if (fate === 'rejected') events.push(step('Rejected', 'Rejected', 'RejectedByRecipientWithVerification', door));
      else if (fate === 'undeliverable') events.push(step('Undeliverable', 'Undeliverable', 'AddressNotFound', door));
      else events.push(step('Delivered', 'Delivered', otp ? 'DeliveredWithOTP' : 'Signed', door));
      break;
    }
    const detail = stop.result === 'locked_out' ? 'OtpNotAvailable' : 'CustomerUnavailable';
    events.push(step('DeliveryAttempted', 'DeliveryAttempted', detail, door));
    const followUp =
      plan.followUp ?? (rFollowUp < 0.75 && trip === 1 ? 'again' : rFollowUp < 0.9 || now - door > 4 * DAY_MS ? 'returned' : 'waits');
    if (followUp === 'waits') break;
    events.push(step('ReturnInitiated', 'DeliveryAttempted', detail, door + (60 + rReturn * 180) * MINUTE_MS));
    if (followUp === 'returned') break;
  }
  return upToToday(events, marketplace, now);
}

/** The events that happened by `now`, stopping before any trip out on today's round or later. */
function upToToday(events: EventDraft[], marketplace: Marketplace, now: number): EventDraft[] {
  const today = dayAt(marketplace, new Date(now));
  const end = events.findIndex((e) => e.at.getTime() > now || (e.eventCode === 'OutForDelivery' && dayAt(marketplace, e.at) >= today));
  return end < 0 ? events : events.slice(0, end);
}
