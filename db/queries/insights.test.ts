import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { figureTiles, type TileLink } from '@/lib/insights/figure-tiles';
import { parseInsightsPeriod, type InsightsPeriod } from '@/lib/insights/period';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { ReasonCode } from '@/lib/otp/reason-codes';
import { parseTrackerQuery, serializeTrackerQuery, trackerViewHref } from '@/lib/tracker/query';
import { TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';
import { medianInterval, recountInsights } from '@/tests/support/insights-recount';
import { buildInsightsScenario, SCENARIO_TODAY } from '@/tests/support/insights-scenario';
import { listInsightsAccounts, loadOtpInsights, type OtpFigures, type OtpInsights } from './insights';
import { countTrackerStatuses, listTrackerShipments } from './tracker';

let db: Db;
let s: Awaited<ReturnType<typeof buildInsightsScenario>>;
beforeAll(async () => {
  db = await getDb();
  s = await buildInsightsScenario(db);
});

function periodOf(input: { period: string; from?: string; to?: string }): InsightsPeriod {
  const parsed = parseInsightsPeriod(input, SCENARIO_TODAY);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}

const PERIODS = [
  { period: '7' },
  { period: '30' },
  { period: '90' },
  { period: 'custom', from: '2026-11-01', to: '2026-11-01' },
  { period: 'custom', from: '2026-11-02', to: '2026-11-02' },
  { period: 'custom', from: '2026-11-20', to: '2026-11-28' },
].map(periodOf);
const MARKETS: (Marketplace | null)[] = [null, 'UK', 'IN', 'FR'];
const THIRTY_DAYS = periodOf({ period: '30' });

const insightsOf = (actor: Actor, accountId: string | null, period = THIRTY_DAYS, marketplace: Marketplace | null = null) =>
  loadOtpInsights(db, actor, { accountId, period, marketplace });

const byDayAndReason = <T extends { day: string; reason: string }>(cells: readonly T[]) =>
  [...cells].sort((a, b) => a.day.localeCompare(b.day) || a.reason.localeCompare(b.reason));

/** The insights equal a recount of the accounts' shipments and passcodes; the medians lie within a bin of the true ones. */
async function expectRecounted(insights: OtpInsights, accountIds: string[]): Promise<void> {
  const { period, marketplace } = insights.filter;
  const recount = await recountInsights(db, accountIds, { range: period, marketplace });
  const view = `${period.from} … ${period.to}, ${marketplace ?? 'every marketplace'}`;
  expect(insights.figures, view).toEqual(recount.figures);
  expect(byDayAndReason(insights.reasonsByDay), view).toEqual(recount.reasonsByDay);
  expect(insights.resends, view).toEqual(recount.resends);
  for (const kind of ['otp', 'other'] as const) {
    const time = insights.deliveryTime[kind];
    expect(time.delivered, `${view}, ${kind} deliveries`).toBe(recount.minutes[kind].length);
    const median = medianInterval(recount.minutes[kind]);
    if (median === null) expect(time.medianMinutes, view).toBeNull();
    else
      expect(time.medianMinutes, `${view}, ${kind} median of ${recount.minutes[kind].join(', ')}`).toSatisfy(
        (m: number) => m >= median[0] - 10 && m <= median[1] + 10,
      );
  }
}

describe('OTP insights figures', () => {
  it('are what the scenario shipped in the 30 days to 1 December', async () => {
    const insights = await insightsOf(s.shipperA, null);
    expect(insights.figures).toEqual({
      shipments: 45,
      otpRequired: 24,
      deliveredWithOtp: 5,
      deliveredWithOtpFirstAttempt: 4,
      otpWentOut: 8,
      lockouts: 3,
    });
    expect(insights.resends).toEqual({ resends: 3, passcodes: 2 });
    // Medians from 10-minute bins: within 10 minutes of 47 (18, 25, 47, 52, 95) and of 33 (7, 33, 61).
    expect(insights.deliveryTime.otp.delivered).toBe(5);
    expect(Math.abs(insights.deliveryTime.otp.medianMinutes! - 47)).toBeLessThanOrEqual(10);
    expect(insights.deliveryTime.other.delivered).toBe(3);
    expect(Math.abs(insights.deliveryTime.other.medianMinutes! - 33)).toBeLessThanOrEqual(10);
    expect(byDayAndReason(insights.reasonsByDay)).toEqual([
      { day: '2026-11-26', reason: 'PHONE_INVALID', shipments: 1 },
      { day: '2026-11-28', reason: 'BELOW_THRESHOLD', shipments: 15 },
      { day: '2026-11-28', reason: 'NOT_PREPAID', shipments: 1 },
      { day: '2026-11-28', reason: 'PHONE_MISSING', shipments: 1 },
      { day: '2026-11-29', reason: 'UNSUPPORTED_MARKETPLACE', shipments: 1 },
      { day: '2026-11-30', reason: 'BELOW_THRESHOLD', shipments: 2 },
    ]);
  });

  it('equal a recount of the shipments for 7, 30 and 90 days and custom periods, in every marketplace and in each', async () => {
    for (const period of PERIODS) {
      for (const marketplace of MARKETS) await expectRecounted(await insightsOf(s.shipperA, null, period, marketplace), [s.acme.id]);
    }
  });

  it('count a package that went out twice as delivered with OTP and locked out, not as a first-attempt success', async () => {
    const day = periodOf({ period: 'custom', from: '2026-11-20', to: '2026-11-20' });
    expect((await insightsOf(s.shipperA, null, day)).figures).toEqual({
      shipments: 1,
      otpRequired: 1,
      deliveredWithOtp: 1,
      deliveredWithOtpFirstAttempt: 0,
      otpWentOut: 1,
      lockouts: 1,
    });
  });

  it('put each shipment on its label day in its marketplace’s zone, and leave out the days either side of the period', async () => {
    const shipmentsOn = async (from: string, to: string, marketplace: Marketplace | null) =>
      (await insightsOf(s.shipperA, null, periodOf({ period: 'custom', from, to }), marketplace)).figures.shipments;
    // Labelled at 20:00 UTC on 1 November: 2 November in India (+5:30), 1 November in the UK.
    expect(await shipmentsOn('2026-11-02', '2026-11-02', 'IN')).toBe(1);
    expect(await shipmentsOn('2026-11-01', '2026-11-01', 'IN')).toBe(0);
    expect(await shipmentsOn('2026-11-01', '2026-11-01', 'UK')).toBe(1);
    expect(await shipmentsOn('2026-11-02', '2026-11-02', 'UK')).toBe(0);
    // 00:30 BST on 3 September is the first of the 90 days; 12:00 on the 2nd is not.
    expect(await shipmentsOn('2026-09-03', '2026-09-03', 'UK')).toBe(1);
    expect(await shipmentsOn('2026-09-02', '2026-09-02', 'UK')).toBe(1);
    // 23:30 UTC on 24 November is the day before the 7 days; 00:30 on the 25th is their first.
    expect(await shipmentsOn('2026-11-25', '2026-11-25', 'UK')).toBe(1);
    expect((await insightsOf(s.shipperA, null, periodOf({ period: '7' }), 'UK')).figures.shipments).toBe(37);
    expect((await insightsOf(s.shipperA, null, periodOf({ period: '90' }))).figures.shipments).toBe(47);
  });

  it('read resends from Indian passcodes of the period only, and none when the marketplace filter leaves India out', async () => {
    expect((await insightsOf(s.shipperA, null, periodOf({ period: '7' }))).resends).toEqual({ resends: 2, passcodes: 1 });
    expect((await insightsOf(s.shipperA, null, THIRTY_DAYS, 'IN')).resends).toEqual({ resends: 3, passcodes: 2 });
    expect((await insightsOf(s.shipperA, null, THIRTY_DAYS, 'UK')).resends).toBeNull();
  });
});

describe('who sees which OTP insights', () => {
  it('gives a shipper their own account only, whatever account they name', async () => {
    const own = await insightsOf(s.shipperA, null);
    expect(own.account).toEqual({ id: s.acme.id, name: 'Acme' });
    expect(own.byAccount.map((a) => a.accountId)).toEqual([s.acme.id]);
    expect((await insightsOf(s.shipperA, s.acme.id)).figures).toEqual(own.figures);
    await expect(insightsOf(s.shipperA, s.birch.id)).rejects.toBeInstanceOf(NotFoundError);
    await expectRecounted(await insightsOf(s.shipperB, null), [s.birch.id]);
  });

  it('gives a manager an account they manage, and no other', async () => {
    const acme = await insightsOf(s.manager, s.acme.id);
    expect(acme.account).toEqual({ id: s.acme.id, name: 'Acme' });
    await expectRecounted(acme, [s.acme.id]);
    await expect(insightsOf(s.manager, s.birch.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(insightsOf(s.manager, 'not-an-id')).rejects.toBeInstanceOf(NotFoundError);
    await expect(insightsOf(s.otherManager, s.acme.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('gives a manager every account they manage together, each on its own row, and none of another manager’s', async () => {
    for (const marketplace of MARKETS) {
      const together = await insightsOf(s.manager, null, THIRTY_DAYS, marketplace);
      expect(together.account).toBeNull();
      expect(together.byAccount.map((a) => a.name)).toEqual(['Acme', 'Cobalt']);
      await expectRecounted(together, [s.acme.id, s.cobalt.id]);
      for (const { accountId, name: _name, ...figures } of together.byAccount) {
        expect(figures).toEqual((await recountInsights(db, [accountId], { range: THIRTY_DAYS, marketplace })).figures);
      }
      const summed = Object.fromEntries(
        Object.keys(together.figures).map((key) => [key, together.byAccount.reduce((n, a) => n + a[key as keyof OtpFigures], 0)]),
      );
      expect(together.figures).toEqual(summed);
    }
    const birch = await insightsOf(s.otherManager, null);
    expect(birch.byAccount.map((a) => a.name)).toEqual(['Birch']);
    await expectRecounted(birch, [s.birch.id]);
  });

  it('shows a manager without accounts nothing', async () => {
    const none = await insightsOf(s.idleManager, null);
    expect(none.byAccount).toEqual([]);
    expect(Object.values(none.figures).every((n) => n === 0)).toBe(true);
    expect(none.reasonsByDay).toEqual([]);
    expect(none.resends).toEqual({ resends: 0, passcodes: 0 });
  });

  it('refuses delivery associates and recipients', async () => {
    for (const actor of [s.deliveryAssociate, s.recipient]) {
      await expect(insightsOf(actor, null)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(insightsOf(actor, s.acme.id)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(listInsightsAccounts(db, actor)).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it('lists a manager’s own accounts to choose from, and none for a shipper', async () => {
    expect(await listInsightsAccounts(db, s.manager)).toEqual([
      { id: s.acme.id, name: 'Acme' },
      { id: s.cobalt.id, name: 'Cobalt' },
    ]);
    expect(await listInsightsAccounts(db, s.otherManager)).toEqual([{ id: s.birch.id, name: 'Birch' }]);
    expect(await listInsightsAccounts(db, s.idleManager)).toEqual([]);
    expect(await listInsightsAccounts(db, s.shipperA)).toEqual([]);
  });
});

/** The figure each linked tile shows (the tile's value may be a share of it). */
const FIGURE_OF_TILE: Record<string, keyof OtpFigures> = {
  shipments: 'shipments',
  'otp-required': 'otpRequired',
  'delivered-with-otp': 'deliveredWithOtp',
  'first-attempt': 'deliveredWithOtpFirstAttempt',
  lockouts: 'lockouts',
};

/** What the tracker shows for a link: its status chips summed, its total, and its rows paged to the end. */
async function trackerFigures(actor: Actor, href: string) {
  const search = new URL(href, 'http://portal.test').searchParams;
  const query = parseTrackerQuery(search);
  expect(serializeTrackerQuery(query).toString(), `the tracker keeps every filter of ${href}`).toBe(search.toString());
  const chips = (await countTrackerStatuses(db, actor, query))!;
  const states: readonly TrackerState[] = query.statuses.length > 0 ? query.statuses : TRACKER_STATES;
  let page = await listTrackerShipments(db, actor, query);
  const total = page.total;
  let listed = page.rows.length;
  let pages = 1;
  while (page.next) {
    page = await listTrackerShipments(db, actor, { ...query, after: page.next });
    listed += page.rows.length;
    pages += 1;
  }
  return { chips: states.reduce((n, state) => n + chips[state].count, 0), total: total.count, listed, pages };
}

describe('the insights’ links to the tracker', () => {
  const views = [
    { who: 'the shipper', actor: () => s.shipperA, accountId: null },
    { who: 'the manager, for the account', actor: () => s.manager, accountId: () => s.acme.id },
  ];

  it.each(views)('open views that count what each figure and reasons cell says ($who)', async ({ actor, accountId }) => {
    let pagedViews = 0;
    for (const period of PERIODS.slice(0, 4)) {
      for (const marketplace of [null, 'UK', 'IN'] as const) {
        const account = accountId ? accountId() : null;
        const insights = await insightsOf(actor(), account, period, marketplace);
        // As app/(portal)/insights/page.tsx builds them.
        const cohort = (labelFrom: string, labelTo: string) => ({ labelFrom, labelTo, marketplace, account });
        const href = (link: TileLink) => trackerViewHref({ ...cohort(period.from, period.to), ...link });
        const linked = figureTiles(insights).filter((tile) => tile.link !== null);
        expect(linked.map((tile) => tile.key)).toEqual(Object.keys(FIGURE_OF_TILE));
        for (const tile of linked) {
          const expected = insights.figures[FIGURE_OF_TILE[tile.key]!];
          const seen = await trackerFigures(actor(), href(tile.link!));
          expect(seen, `${tile.key}, ${period.from} … ${period.to}, ${marketplace}`).toMatchObject({
            chips: expected,
            total: expected,
            listed: expected,
          });
          if (seen.pages > 1) pagedViews += 1;
        }
        for (const cell of insights.reasonsByDay) {
          const seen = await trackerFigures(actor(), trackerViewHref({ ...cohort(cell.day, cell.day), reason: cell.reason as ReasonCode }));
          expect(seen, `${cell.reason} on ${cell.day}`).toMatchObject({
            chips: cell.shipments,
            total: cell.shipments,
            listed: cell.shipments,
          });
        }
      }
    }
    expect(pagedViews).toBeGreaterThan(0);
  });
});
