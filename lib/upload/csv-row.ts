import { z } from 'zod';
import { addressSchema, channelTypeSchema, packageSchema, validate } from '@/lib/shipping/schema';
import { cellText, parseCsvNumber, parseYesNo, type CellValue } from './csv-cells';
import { CSV_FIELDS, csvFieldSpec, type CsvFieldSpec } from './csv-fields';
import type { CsvColumnPlan } from './csv-headers';
import { DuplicateReferences, duplicateMessage, readableReference } from './duplicate-references';
import { toParsedPackage } from './parsed-package';
import type { ParsedPackage, RejectedRow, RowError } from './types';

// The same carrier schemas as the JSON path, around the one package a row describes.
const csvRowSchema = z
  .strictObject({
    channelType: channelTypeSchema,
    collectOnDelivery: z.boolean().optional(),
    shipTo: addressSchema.optional(),
    shipFrom: addressSchema,
    package: packageSchema,
  })
  .check(
    z.superRefine(
      (row: unknown, ctx) => {
        const { channelType, shipTo } = (row ?? {}) as { channelType?: unknown; shipTo?: unknown };
        if (channelType === 'EXTERNAL' && shipTo === undefined) {
          ctx.addIssue({ code: 'custom', path: ['shipTo'], input: undefined, message: 'is required unless channel_type is AMAZON' });
        }
      },
      { when: () => true },
    ),
  );

/** A column that fills a field, resolved once per file. */
export interface CsvColumn {
  index: number;
  spec: CsvFieldSpec;
  /** The file's header, as an error's `field`. */
  header: string;
  /** "column Declared Value (insured_value)" without the word column. */
  label: string;
}

export interface CsvCollector {
  plan: CsvColumnPlan;
  columns: CsvColumn[];
  columnOf: ReadonlyMap<string, CsvColumn>;
  /** Cells a record must have: the header row's, including a dropped trailing `error` column. */
  columnCount: number;
  packages: ParsedPackage[];
  rejected: RejectedRow[];
  references: DuplicateReferences;
}

export function resolveColumns(plan: CsvColumnPlan): Pick<CsvCollector, 'columns' | 'columnOf'> {
  const columns: CsvColumn[] = [];
  plan.fields.forEach((name, index) => {
    const spec = name === null ? undefined : csvFieldSpec(name);
    if (spec) columns.push({ index, spec, header: plan.headers[index] ?? name ?? '', label: plan.labels[index] ?? spec.name });
  });
  return { columns, columnOf: new Map(columns.map((column) => [column.spec.name, column])) };
}

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) =>
  prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);

/** The column an issue belongs to: the field whose path holds the issue, else the first field under it. */
function fieldForPath(path: readonly (string | number)[]): CsvFieldSpec {
  let best: CsvFieldSpec | undefined;
  for (const field of CSV_FIELDS) {
    if (startsWith(path, field.path) && (!best || field.path.length > best.path.length)) best = field;
  }
  return best ?? CSV_FIELDS.find((field) => startsWith(field.path, path)) ?? CSV_FIELDS[0];
}

function setAtPath(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const segment = path[i] as string | number;
    node[segment] ??= typeof path[i + 1] === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  }
  node[path[last] as string | number] = value;
}

function convert(spec: CsvFieldSpec, text: string): CellValue {
  if (spec.kind === 'number') return parseCsvNumber(text);
  if (spec.kind === 'yes-no') return parseYesNo(text);
  return { ok: true, value: text };
}

function rawCells(headers: string[], cells: string[]): Record<string, string> {
  const raw = Object.create(null) as Record<string, string>;
  headers.forEach((header, i) => {
    raw[header] = cells[i] ?? '';
  });
  return raw;
}

export function collectCsvRow(cells: string[], line: number, out: CsvCollector): void {
  const { plan } = out;
  const location = `line ${line}`;
  if (cells.length !== out.columnCount) {
    out.rejected.push({
      location,
      errors: [
        {
          field: '',
          message: `${location}: has ${cells.length} cells but the header row has ${out.columnCount} columns (a cell containing the separator must be in double quotes)`,
        },
      ],
      raw: rawCells(plan.headers, cells),
    });
    return;
  }

  const row: Record<string, unknown> = { package: { items: [{}] } };
  const errors: { column: number; error: RowError }[] = [];
  const fail = (column: number, field: string, label: string, message: string) => {
    errors.push({ column, error: { field, message: `${location}, column ${label}: ${message}` } });
  };
  for (const column of out.columns) {
    const text = cellText(cells[column.index] as string);
    if (text === '') continue;
    const value = convert(column.spec, text);
    if (value.ok) setAtPath(row, column.spec.path, value.value);
    else fail(column.index, column.header, column.label, value.message);
  }

  const checked = validate(csvRowSchema, row);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const spec = fieldForPath(issue.path);
      const column = out.columnOf.get(spec.name);
      // One message per cell: a cell that could not be read is not also "required".
      if (column && errors.some((e) => e.column === column.index)) continue;
      if (column) fail(column.index, column.header, column.label, issue.message);
      else fail(Number.MAX_SAFE_INTEGER, spec.name, spec.name, issue.message);
    }
  }

  const idColumn = out.columnOf.get('package_client_reference_id');
  const id = idColumn ? readableReference(cellText(cells[idColumn.index] as string)) : null;
  const earlier = id === null ? null : out.references.claim(id, location);
  if (idColumn && id !== null && earlier !== null) {
    fail(idColumn.index, idColumn.header, idColumn.label, duplicateMessage(id, earlier));
  }

  if (errors.length > 0 || !checked.ok) {
    errors.sort((a, b) => a.column - b.column);
    out.rejected.push({ location, errors: errors.map((e) => e.error), raw: rawCells(plan.headers, cells) });
    return;
  }
  const { data } = checked;
  out.packages.push(
    toParsedPackage(location, data.package, {
      channelType: data.channelType,
      prepaid: data.collectOnDelivery !== true,
      shipTo: data.shipTo,
      shipFrom: data.shipFrom,
    }),
  );
}
