import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_TABLE } from '@/lib/marketplaces/table';
import { marketplaceEnum } from './schema';

const META = new URL('./migrations/meta/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(name, META)), 'utf8'));

interface Journal {
  entries: { idx: number }[];
}
interface Snapshot {
  enums: Record<string, { values: string[] }>;
}

const tableCodes = MARKETPLACE_TABLE.map((row) => row.code);

describe('the marketplace enum', () => {
  it("holds the table's codes, in order", () => {
    expect(marketplaceEnum.enumValues).toEqual(tableCodes);
  });

  it('is migrated: the latest drizzle snapshot has the same values (else run npm run db:generate)', () => {
    const { entries } = readJson('_journal.json') as Journal;
    const latest = Math.max(...entries.map((entry) => entry.idx));
    const snapshot = readJson(`${String(latest).padStart(4, '0')}_snapshot.json`) as Snapshot;
    expect(snapshot.enums['public.marketplace']?.values).toEqual(tableCodes);
  });
});
