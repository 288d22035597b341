import 'server-only';
import { sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { isLabelDay, type LabelDayRange } from '@/lib/insights/period';
import { valueBandBounds } from '@/lib/insights/value-bands';
import {
  affectedCount,
  affectedRange,
  figureAbove,
  mergeReasonChanges,
  NO_FIGURE,
  reasonChangesOf,
  switchesAllOn,
  thresholdSplit,
  type Figure,
  type OtpSwitches,
  type ReasonChange,
} from '@/lib/insights/what-if';
import { MARKETPLACE_CODES, MARKETPLACES, type CurrencyCode, type Marketplace } from '@/lib/otp/marketplaces';
import { SettingInputError } from '@/lib/settings/setting-error';
import type { DbOrTx } from '../client';
import { resolveAccountAccess } from './access';
import type { ProposedThresholds } from './account-rule-settings';
import {
  whatIfStatement,
  type AffectedRange,
  type AffectedRow,
  type BandRow,
  type ThresholdProbe,
  type WhatIfRow,
} from './otp-what-if-sql';
import { loadWhatIfSettings, proposedSettings, type ThresholdChoice, type WhatIfSettings } from './otp-what-if-settings';

export type { Figure, OtpSwitches, ReasonChange, ThresholdChoice };

const MAX_AFFECTED_LISTED = 100;

export interface WhatIfInput {
  /** Label days of the shipments compared (each in its marketplace's time zone). */
  period: LabelDayRange;
  marketplace: Marketplace | null;
  /** Per marketplace: minor units, null for the default; a marketplace left out keeps its saved threshold. */
  thresholds: ProposedThresholds;
  switches?: Partial<OtpSwitches>;
  /** How many affected shipments to list, 0 to 100 (the default). */
  affectedLimit?: number;
}

export interface BeforeAfter<T> {
  before: T;
  after: T;
}

/** Shipments in the marketplace's currency with a declared value in the band; `intrinsic` of them only need the switches and threshold. */
export interface ValueBandBar {
  band: number;
  fromMinor: number;
  toMinor: number | null;
  shipments: number;
  intrinsic: number;
}

export interface WhatIfMarketplace {
  marketplace: Marketplace;
  currency: CurrencyCode;
  threshold: BeforeAfter<ThresholdChoice>;
  /** Every shipment labelled in the period for this marketplace. */
  shipments: number;
  /** Those whose OTP only the account's switches and the threshold decide. */
  intrinsic: Figure;
  needingOtp: BeforeAfter<Figure>;
  /** Intrinsic shipments above each side's threshold: what would need OTP with every switch on. */
  aboveThreshold: BeforeAfter<Figure>;
  /** The non-empty bands, lowest first. */
  bands: ValueBandBar[];
  reasonChanges: ReasonChange[];
  /** Shipments whose need for OTP changes. */
  affected: number;
}

export interface AffectedShipment extends AffectedRow {
  needsOtp: BeforeAfter<boolean>;
}

export interface WhatIf {
  accountId: string;
  period: LabelDayRange;
  marketplace: Marketplace | null;
  switches: BeforeAfter<OtpSwitches>;
  /** Every shipment labelled in the period (in the chosen marketplace), in or out of OTP marketplaces. */
  shipments: number;
  marketplaces: WhatIfMarketplace[];
  totals: {
    needingOtp: BeforeAfter<number>;
    valueByCurrency: { currency: CurrencyCode; beforeMinor: number; afterMinor: number }[];
  };
  reasonChanges: ReasonChange[];
  /** Lock-outs per OTP shipment that went out for delivery in the period; expected = rate × needing OTP (null without a rate). */
  lockouts: { wentOut: number; lockedOut: number; rate: number | null; expected: BeforeAfter<number> | null };
  affected: { total: number; shipments: AffectedShipment[] };
}

function checkInput(input: WhatIfInput): void {
  const { period, marketplace, affectedLimit } = input;
  if (!isLabelDay(period.from) || !isLabelDay(period.to) || period.from > period.to) {
    throw new SettingInputError('period', `period: ${period.from} to ${period.to} is not a range of days (YYYY-MM-DD, from ≤ to).`);
  }
  if (marketplace !== null && !(MARKETPLACE_CODES as readonly string[]).includes(marketplace)) {
    throw new SettingInputError('marketplace', `marketplace: choose one of ${MARKETPLACE_CODES.join(', ')}.`);
  }
  if (affectedLimit !== undefined && !(Number.isInteger(affectedLimit) && affectedLimit >= 0 && affectedLimit <= MAX_AFFECTED_LISTED)) {
    throw new SettingInputError('affectedLimit', `affectedLimit: list 0 to ${MAX_AFFECTED_LISTED} shipments.`);
  }
}

/** The distinct thresholds of both sides, each with the part of its band to count exactly. */
function probesOf(marketplaces: readonly Marketplace[], sides: readonly WhatIfSettings[]): ThresholdProbe[] {
  return marketplaces.flatMap((marketplace) =>
    [...new Set(sides.map((side) => side.thresholds[marketplace].minor))].map((thresholdMinor) => ({
      marketplace,
      thresholdMinor,
      belowMinor: thresholdSplit(thresholdMinor).belowMinor,
    })),
  );
}

function rangesOf(marketplaces: readonly Marketplace[], before: WhatIfSettings, after: WhatIfSettings): AffectedRange[] {
  return marketplaces.flatMap((marketplace) => {
    const range = affectedRange(
      { switches: before.switches, thresholdMinor: before.thresholds[marketplace].minor },
      { switches: after.switches, thresholdMinor: after.thresholds[marketplace].minor },
    );
    return range === null ? [] : [{ marketplace, ...range }];
  });
}

function figureOf(rows: readonly { n: number; v: number }[]): Figure {
  return rows.reduce((sum, row) => ({ shipments: sum.shipments + Number(row.n), valueMinor: sum.valueMinor + Number(row.v) }), NO_FIGURE);
}

function marketplaceFigures(marketplace: Marketplace, row: WhatIfRow, before: WhatIfSettings, after: WhatIfSettings): WhatIfMarketplace {
  const currency = MARKETPLACES[marketplace].currency;
  const mine = row.bands.filter((b) => b.m === marketplace);
  const inCurrency = mine.filter((b) => b.c === currency);
  const bandNumbers = [...new Set(inCurrency.map((b) => b.b))].sort((x, y) => x - y);
  const figureIn = (band: number, pick: (b: BandRow) => boolean) => figureOf(inCurrency.filter((b) => b.b === band && pick(b)));
  const intrinsicBands = bandNumbers.map((band) => ({ band, intrinsic: figureIn(band, (b) => b.i) }));
  const aboveOf = (side: WhatIfSettings): Figure => {
    const thresholdMinor = side.thresholds[marketplace].minor;
    const probe = row.probes.filter((p) => p.m === marketplace && Number(p.t) === thresholdMinor);
    return figureAbove(intrinsicBands, thresholdMinor, figureOf(probe));
  };
  const above = { before: aboveOf(before), after: aboveOf(after) };
  const needing = (side: WhatIfSettings, figure: Figure) => (switchesAllOn(side.switches) ? figure : NO_FIGURE);
  const intrinsic = figureOf(mine.filter((b) => b.i));
  const sides = [
    { switches: before.switches, above: above.before.shipments },
    { switches: after.switches, above: above.after.shipments },
  ] as const;
  return {
    marketplace,
    currency,
    threshold: { before: before.thresholds[marketplace], after: after.thresholds[marketplace] },
    shipments: figureOf(mine).shipments,
    intrinsic,
    needingOtp: { before: needing(before, above.before), after: needing(after, above.after) },
    aboveThreshold: above,
    bands: bandNumbers.map((band) => ({
      band,
      ...valueBandBounds(band),
      shipments: figureIn(band, () => true).shipments,
      intrinsic: figureIn(band, (b) => b.i).shipments,
    })),
    reasonChanges: reasonChangesOf(intrinsic.shipments, ...sides),
    affected: affectedCount(...sides),
  };
}

function valueByCurrency(figures: readonly WhatIfMarketplace[]): WhatIf['totals']['valueByCurrency'] {
  const byCurrency = new Map<CurrencyCode, { currency: CurrencyCode; beforeMinor: number; afterMinor: number }>();
  for (const { currency, needingOtp } of figures) {
    const seen = byCurrency.get(currency) ?? { currency, beforeMinor: 0, afterMinor: 0 };
    byCurrency.set(currency, {
      currency,
      beforeMinor: seen.beforeMinor + needingOtp.before.valueMinor,
      afterMinor: seen.afterMinor + needingOtp.after.valueMinor,
    });
  }
  return [...byCurrency.values()];
}

function needsOtp(side: WhatIfSettings, shipment: AffectedRow): boolean {
  return switchesAllOn(side.switches) && shipment.valueMinor > side.thresholds[shipment.marketplace].minor;
}

/**
 * Threshold (and switch) what-if over the shipments labelled in a period: how many would need OTP with the
 * account's saved settings and with the proposed ones, by marketplace, with the value histogram, the reasons that
 * change, the expected lock-outs and the affected shipments. Counted in SQL from the value-band rollup plus an
 * exact count inside each threshold's band (index on account × value); no shipment is loaded to count it.
 */
export async function whatIfThresholds(db: DbOrTx, actor: Actor, accountId: string | null, input: WhatIfInput): Promise<WhatIf> {
  checkInput(input);
  const id = await resolveAccountAccess(db, actor, accountId);
  const { marketplaces: accountMarketplaces, ...before } = await loadWhatIfSettings(db, id);
  const after = proposedSettings(before, input.thresholds, input.switches);
  const candidates = input.marketplace === null ? MARKETPLACE_CODES : [input.marketplace];
  const scope = { accountId: id, period: input.period, marketplace: input.marketplace };
  const statement = whatIfStatement(
    scope,
    probesOf(candidates, [before, after]),
    rangesOf(candidates, before, after),
    input.affectedLimit ?? MAX_AFFECTED_LISTED,
  );
  const row = await db.transaction(async (tx) => {
    // The planner prices each threshold's probe at its whole value range and would compile the statement
    // (about 150 ms of JIT) for what runs in a few milliseconds.
    await tx.execute(sql`set local jit = off`);
    return ((await tx.execute(statement)) as unknown as { rows: WhatIfRow[] }).rows[0];
  });
  if (!row) throw new Error('the what-if statement returned no row');

  const reported = candidates.filter((m) => input.marketplace === m || accountMarketplaces.includes(m) || row.bands.some((b) => b.m === m));
  const figures = reported.map((m) => marketplaceFigures(m, row, before, after));
  const needingOtp = {
    before: figures.reduce((n, f) => n + f.needingOtp.before.shipments, 0),
    after: figures.reduce((n, f) => n + f.needingOtp.after.shipments, 0),
  };
  const wentOut = Number(row.lockouts.wentOut);
  const lockedOut = Number(row.lockouts.lockedOut);
  const rate = wentOut === 0 ? null : lockedOut / wentOut;
  return {
    accountId: id,
    period: { from: input.period.from, to: input.period.to },
    marketplace: input.marketplace,
    switches: { before: before.switches, after: after.switches },
    shipments: figureOf(row.bands).shipments,
    marketplaces: figures,
    totals: { needingOtp, valueByCurrency: valueByCurrency(figures) },
    reasonChanges: mergeReasonChanges(figures.map((f) => f.reasonChanges)),
    lockouts: {
      wentOut,
      lockedOut,
      rate,
      expected: rate === null ? null : { before: rate * needingOtp.before, after: rate * needingOtp.after },
    },
    affected: {
      total: figures.reduce((n, f) => n + f.affected, 0),
      shipments: row.affected.map((s) => ({
        ...s,
        valueMinor: Number(s.valueMinor),
        needsOtp: { before: needsOtp(before, s), after: needsOtp(after, s) },
      })),
    },
  };
}
