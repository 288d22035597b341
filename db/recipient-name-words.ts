import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { ACCENTED_LETTERS, PLAIN_LETTERS } from '../lib/tracker/name-search';

// The fold is written into the SQL text: a generated column's expression cannot take parameters.
const accented = sql.raw(`'${ACCENTED_LETTERS}'`);
const plain = sql.raw(`'${PLAIN_LETTERS}'`);

const folded = (text: SQL) => sql`translate(lower(${text}), ${accented}, ${plain})`;

/**
 * The words of a recipient's name, lower case and unaccented: the expression of the stored column the
 * search matches. Stored, not an index expression: recomputing it costs about 5 µs a row, which a
 * recheck or a filtered index walk over a million-row account would pay on every row.
 */
export function recipientNameWordsOf(name: AnyPgColumn): SQL {
  return sql`to_tsvector('simple', ${folded(sql`${name}`)})`;
}

/** A prefix query of lib/tracker/name-search.ts as a tsquery, folded as the names are. */
export function namePrefixTsQuery(prefixQuery: string): SQL {
  return sql`to_tsquery('simple', ${folded(sql`${prefixQuery}`)})`;
}
