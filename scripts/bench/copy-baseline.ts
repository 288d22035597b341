/**
 * The physical best for storing rows: `COPY … FROM STDIN` (CSV) of the same shipment and event rows the
 * upload stores, into the same tables with the same indexes, in one transaction.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { getTableColumns, type Table } from 'drizzle-orm';
import type { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../db/client';
import { shipments, trackingEvents, type NewShipment } from '../../db/schema';
import { timeOrderedId } from '../../lib/ids/time-ordered-id';

type NewEvent = typeof trackingEvents.$inferInsert;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return `"${String(value).replaceAll('"', '""')}"`;
}

/** The rows as COPY CSV for the table's columns the rows set, each value as the driver would send it. */
function copyText<T extends Record<string, unknown>>(table: Table, rows: T[]): { columns: string[]; csv: string } {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows[0]?.[key] !== undefined);
  const lines = rows.map((row) =>
    columns.map(([key, column]) => csvCell(row[key] === null ? null : column.mapToDriverValue(row[key]))).join(','),
  );
  return { columns: columns.map(([, column]) => `"${column.name}"`), csv: `${lines.join('\n')}\n` };
}

function copyStatement(tableName: string, columns: string[], source: 'STDIN' | "'/dev/blob'"): string {
  return `COPY "${tableName}" (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv)`;
}

/**
 * Stores the shipments and one event each with COPY; returns the milliseconds of the COPY statements alone
 * (the baseline: the database's own cost of taking these rows), the CSV written before the clock starts.
 */
export async function copyShipments(db: Db, kind: 'pglite' | 'postgres', rows: NewShipment[], eventTime: Date): Promise<number> {
  // The store's own ids (time-ordered), so the primary key grows at its right edge as it does for the store.
  const withIds = rows.map((row) => ({ ...row, id: timeOrderedId() }));
  const events: NewEvent[] = withIds.map((s) => ({ shipmentId: s.id, eventCode: 'ReadyForReceive', status: 'PreTransit', eventTime }));
  const tables = [
    { name: 'shipments', ...copyText(shipments, withIds) },
    { name: 'tracking_events', ...copyText(trackingEvents, events) },
  ];
  const client = (db as unknown as { $client: PGlite | Pool }).$client;
  const started = performance.now();
  if (kind === 'pglite') {
    const pglite = client as PGlite;
    await pglite.transaction(async (tx) => {
      for (const t of tables) await tx.query(copyStatement(t.name, t.columns, "'/dev/blob'"), [], { blob: new Blob([t.csv]) });
    });
  } else {
    const connection = await (client as Pool).connect();
    try {
      await connection.query('begin');
      for (const t of tables) {
        await pipeline(Readable.from([t.csv]), connection.query(copyFrom(copyStatement(t.name, t.columns, 'STDIN'))));
      }
      await connection.query('commit');
    } catch (error) {
      await connection.query('rollback');
      throw error;
    } finally {
      connection.release();
    }
  }
  return performance.now() - started;
}
