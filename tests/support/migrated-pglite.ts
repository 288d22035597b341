import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');

/** The migration files in the order drizzle applies them. */
function migrationTags(): string[] {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return journal.entries.sort((a, b) => a.idx - b.idx).map((e) => e.tag);
}

export function migrationSql(tag: string): string {
  return readFileSync(path.join(MIGRATIONS, `${tag}.sql`), 'utf8');
}

/** A new in-memory database with the migrations applied up to and including `lastTag`: the state a later migration starts from. */
export async function pgliteMigratedTo(lastTag: string): Promise<PGlite> {
  const tags = migrationTags();
  const last = tags.indexOf(lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  const db = new PGlite();
  for (const tag of tags.slice(0, last + 1)) await db.exec(migrationSql(tag));
  return db;
}
