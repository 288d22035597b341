import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { ACCENTED_LETTERS, PLAIN_LETTERS } from '../lib/tracker/name-search';

// The fold is written into the SQL text: a generated column's expression cannot take parameters.
const accented = sql.raw(`'${ACCENTED_LETTERS}'`);
const plain = sql.raw(`'${PLAIN_LETTERS}'`);

const folded = (text: SQL) => sql`translate(lower(${text}), ${accented}, ${plain})`;

/**
 * Every prefix of every word of a recipient's name, lower case and unaccented ("Nair" → n, na, nai, nair):
 * the expression of the stored column the search matches, so a searched word is one exact entry of its GIN
 * index. Matching a prefix query (`na:*`) instead would gather every word starting "na" in the index (a
 * fifth of a million names) before the other word could narrow them. `name_word_prefixes` is migration
 * 0013's. Stored, not an index expression: recomputing it per row on a recheck would cost more than the read.
 */
export function recipientNamePrefixesOf(name: AnyPgColumn): SQL {
  return sql`name_word_prefixes(to_tsvector('simple', ${folded(sql`${name}`)}))`;
}

/** A query of lib/tracker/name-search.ts as a tsquery, folded as the names are. */
export function namePrefixTsQuery(prefixQuery: string): SQL {
  return sql`to_tsquery('simple', ${folded(sql`${prefixQuery}`)})`;
}
