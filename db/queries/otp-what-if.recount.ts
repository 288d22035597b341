import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { shipments } from '@/db/schema';
import type { LabelDayRange } from '@/lib/insights/period';
import { valueBandOf } from '@/lib/insights/value-bands';
import type { IntrinsicOutcome } from '@/lib/insights/what-if';
import { evaluateOtpEligibility, MARKETPLACES, type Marketplace, type ReasonCode } from '@/lib/otp';
import type { AccountRuleSettings } from '@/lib/upload/checked-package';

// The what-if worked out the slow way for the differential test: every stored shipment re-judged by the shared
// rules (lib/otp) with the saved and the proposed settings, in JavaScript.

const SWITCHES_AND_THRESHOLD = new Set<ReasonCode>([
  'OTP_NOT_ENABLED',
  'EMAIL_NOTIFICATIONS_OFF',
  'SMS_NOTIFICATIONS_OFF',
  'BELOW_THRESHOLD',
]);

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function labelDayOf(marketplace: Marketplace | null, at: Date): string {
  const timeZone = marketplace === null ? 'UTC' : MARKETPLACES[marketplace].timeZone;
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

export interface MarketplaceRecount {
  shipments: number;
  before: [number, number];
  after: [number, number];
  bands: Map<number, [number, number]>;
  reasonChanges: Map<string, number>;
}

export const NO_MARKETPLACE_RECOUNT: MarketplaceRecount = {
  shipments: 0,
  before: [0, 0],
  after: [0, 0],
  bands: new Map(),
  reasonChanges: new Map(),
};

export interface Recount {
  shipments: number;
  byMarketplace: Map<Marketplace, MarketplaceRecount>;
  needingOtp: { before: number; after: number };
  reasonChanges: Map<string, number>;
  affected: { id: string; marketplace: Marketplace | null; valueMinor: number; before: boolean; after: boolean }[];
}

/** The account's shipments labelled in the period (and marketplace), judged with both settings. */
export async function recountWhatIf(
  db: Db,
  accountId: string,
  period: LabelDayRange,
  marketplace: Marketplace | null,
  before: AccountRuleSettings,
  after: AccountRuleSettings,
): Promise<Recount> {
  const rows = await db.select().from(shipments).where(eq(shipments.accountId, accountId));
  const recount: Recount = {
    shipments: 0,
    byMarketplace: new Map(),
    needingOtp: { before: 0, after: 0 },
    reasonChanges: new Map(),
    affected: [],
  };
  for (const row of rows) {
    const day = labelDayOf(row.marketplace, row.createdAt);
    if (day < period.from || day > period.to || (marketplace !== null && row.marketplace !== marketplace)) continue;
    recount.shipments += 1;
    const shipment = {
      channelType: row.channelType,
      prepaid: row.prepaid,
      shipTo: { countryCode: row.shipToCountry, phoneNumber: row.recipientPhone },
      insuredValue: { value: row.insuredValueMinor / 100, unit: row.insuredCurrency },
    };
    const judged = {
      before: evaluateOtpEligibility({ account: before, shipment }),
      after: evaluateOtpEligibility({ account: after, shipment }),
    };
    const intrinsic = judged.before.reasons.every((r) => SWITCHES_AND_THRESHOLD.has(r.code));
    if (row.marketplace !== null) {
      const figures = recount.byMarketplace.get(row.marketplace) ?? {
        ...NO_MARKETPLACE_RECOUNT,
        bands: new Map(),
        reasonChanges: new Map(),
      };
      figures.shipments += 1;
      for (const side of ['before', 'after'] as const) {
        if (judged[side].eligible) figures[side] = [figures[side][0] + 1, figures[side][1] + row.insuredValueMinor];
      }
      if (row.insuredCurrency === MARKETPLACES[row.marketplace].currency) {
        const band = valueBandOf(row.insuredValueMinor);
        const [all, ofIntrinsic] = figures.bands.get(band) ?? [0, 0];
        figures.bands.set(band, [all + 1, ofIntrinsic + (intrinsic ? 1 : 0)]);
      }
      recount.byMarketplace.set(row.marketplace, figures);
    }
    if (judged.before.eligible) recount.needingOtp.before += 1;
    if (judged.after.eligible) recount.needingOtp.after += 1;
    if (intrinsic) {
      const from: IntrinsicOutcome = (judged.before.reasons[0]?.code as IntrinsicOutcome | undefined) ?? 'eligible';
      const to: IntrinsicOutcome = (judged.after.reasons[0]?.code as IntrinsicOutcome | undefined) ?? 'eligible';
      if (from !== to) {
        const key = `${from}>${to}`;
        recount.reasonChanges.set(key, (recount.reasonChanges.get(key) ?? 0) + 1);
        const figures = recount.byMarketplace.get(row.marketplace!)!;
        figures.reasonChanges.set(key, (figures.reasonChanges.get(key) ?? 0) + 1);
      }
    }
    if (judged.before.eligible !== judged.after.eligible) {
      recount.affected.push({
        id: row.id,
        marketplace: row.marketplace,
        valueMinor: row.insuredValueMinor,
        before: judged.before.eligible,
        after: judged.after.eligible,
      });
    }
  }
  recount.affected.sort((a, b) => a.valueMinor - b.valueMinor || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return recount;
}
