import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * An ORDER BY term along a drizzle `.desc()` index, which drizzle writes DESC NULLS LAST: forwards (largest
 * first, DESC NULLS LAST) or backwards (ASC NULLS FIRST). A plain DESC or ASC puts the nulls where such an
 * index cannot, so the planner reads every matching row and sorts them (a million-shipment account's whole
 * history for its newest shipment). For NOT NULL columns both say the same.
 */
export function alongDescIndex(column: AnyPgColumn | SQL, largestFirst: boolean): SQL {
  return largestFirst ? sql`${column} desc nulls last` : sql`${column} asc nulls first`;
}

/** Largest first, along a drizzle `.desc()` index. */
export function descNullsLast(column: AnyPgColumn | SQL): SQL {
  return alongDescIndex(column, true);
}
