import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Largest first, in the order drizzle writes a descending index (DESC NULLS LAST). A plain DESC puts nulls
 * first, an order such an index cannot give, so the planner reads every matching row and sorts them (a
 * million-shipment account's whole history for its newest shipment). For NOT NULL columns both say the same.
 */
export function descNullsLast(column: AnyPgColumn | SQL): SQL {
  return sql`${column} desc nulls last`;
}
