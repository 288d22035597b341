/**
 * The bench recipient's past packages: finished shipments of the big account at their station, spread
 * over the bulk seed's weeks, become theirs (name, mobile number and e-mail address), so Recipient
 * Central has pages of history beside today's round.
 */
import { and, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { shipments } from '../../db/schema';
import type { Actor } from '../../lib/auth/actor';
import { BENCH_STATION } from './bench-people';

export async function giveRecipientHistory(db: Db, mainAccountId: string, recipient: Actor, count: number): Promise<number> {
  const finished = db
    .select({
      id: shipments.id,
      n: sql<number>`row_number() over (order by ${desc(shipments.createdAt)})`.as('n'),
      total: sql<number>`count(*) over ()`.as('total'),
    })
    .from(shipments)
    .where(
      and(
        eq(shipments.accountId, mainAccountId),
        eq(shipments.marketplace, BENCH_STATION),
        notInArray(shipments.trackerState, ['label_created', 'in_transit', 'out_for_delivery']),
      ),
    )
    .as('finished');
  const spread = db
    .select({ id: finished.id })
    .from(finished)
    .where(sql`${finished.n} % greatest(1, ${finished.total} / ${count}) = 0`)
    .limit(count);
  const given = await db
    .update(shipments)
    .set({
      recipientName: recipient.name,
      recipientPhone: recipient.phoneE164,
      recipientPhoneE164: recipient.phoneE164,
      recipientEmail: recipient.email,
      shipTo: sql`jsonb_set(${shipments.shipTo}, '{name}', to_jsonb(${recipient.name}::text))`,
    })
    .where(inArray(shipments.id, spread))
    .returning({ id: shipments.id });
  return given.length;
}
