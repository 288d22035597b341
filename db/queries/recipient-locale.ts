import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { marketplaceOfPhone } from '@/lib/i18n/locale-choice';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { DbOrTx } from '../client';
import { shipments } from '../schema';

/**
 * The marketplace whose language a recipient reads: their mobile number's country, else the
 * marketplace of their latest package (an e-mail-only recipient); null when neither says.
 */
export async function recipientMarketplace(
  db: DbOrTx,
  who: { email: string | null; phoneE164: string | null },
): Promise<Marketplace | null> {
  const byPhone = marketplaceOfPhone(who.phoneE164);
  if (byPhone || !who.email) return byPhone;
  const [latest] = await db
    .select({ marketplace: shipments.marketplace })
    .from(shipments)
    .where(eq(sql`lower(${shipments.recipientEmail})`, who.email.toLowerCase()))
    .orderBy(desc(shipments.lastEventAt))
    .limit(1);
  return latest?.marketplace ?? null;
}
