import { CSV_FIELDS, CSV_IGNORE, csvFieldSpec, type CsvField, type CsvMappingTarget } from './csv-fields';
import type { CsvHeadersUnmapped, FileRefusal } from './types';

export interface CsvColumnPlan {
  /** The file's headers as written, without a trailing `error` column. */
  headers: string[];
  /** Per column of `headers`: the field it fills, or null when mapped to "ignore". */
  fields: (CsvField | null)[];
  /** How an error names a column: the file's header, plus the field when the two differ. */
  labels: string[];
}

/** "Ship To Name", "ship-to-name" and " SHIP_TO_NAME " all read as ship_to_name. */
function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'].map(normaliseHeader));

function shown(header: string): string {
  return header.trim() === '' ? '(blank header)' : JSON.stringify(header);
}

/**
 * Matches the file's header row to CSV_FIELDS. A header matches its field when equal after
 * normaliseHeader; any other header needs an entry in the mapping (to a field or to "ignore"),
 * or the whole file comes back as CSV_HEADERS_UNMAPPED so the page can ask for one.
 * A trailing `error` column (from a rejected-rows download) is dropped.
 */
export function planCsvColumns(
  fileHeaders: string[],
  mapping: Readonly<Record<string, CsvMappingTarget>> | null,
): { ok: true; plan: CsvColumnPlan } | FileRefusal | CsvHeadersUnmapped {
  const headers = [...fileHeaders];
  if (headers.length > 1 && normaliseHeader(headers[headers.length - 1] as string) === 'error') headers.pop();
  const normalised = headers.map(normaliseHeader);

  const forbidden = headers.filter((_, i) => FORBIDDEN.has(normalised[i] as string));
  if (forbidden.length > 0) {
    return {
      ok: false,
      status: 400,
      code: 'FORBIDDEN_KEY',
      message: `The column header ${forbidden.map(shown).join(', ')} is not allowed in an upload.`,
    };
  }
  const duplicates = headers.filter((_, i) => normalised.indexOf(normalised[i] as string) !== i);
  if (duplicates.length > 0) {
    return {
      ok: false,
      status: 422,
      code: 'CSV_DUPLICATE_HEADERS',
      message: `The header row repeats ${[...new Set(duplicates)].map(shown).join(', ')}; each column header may appear only once.`,
    };
  }

  const mapped = new Map<string, string>();
  for (const [header, target] of Object.entries(mapping ?? {})) mapped.set(normaliseHeader(header), target);

  const fields: (CsvField | null)[] = [];
  const unknownHeaders: string[] = [];
  const badTargets: string[] = [];
  headers.forEach((header, i) => {
    const key = normalised[i] as string;
    const target = mapped.get(key);
    if (target === CSV_IGNORE) fields.push(null);
    else if (target !== undefined) {
      const spec = csvFieldSpec(target);
      if (!spec) badTargets.push(`${shown(header)} → ${JSON.stringify(target)}`);
      fields.push(spec ? spec.name : null);
    } else {
      const spec = csvFieldSpec(key);
      if (!spec) unknownHeaders.push(header);
      fields.push(spec ? spec.name : null);
    }
  });
  if (badTargets.length > 0) {
    return {
      ok: false,
      status: 422,
      code: 'CSV_MAPPING_INVALID',
      message: `The column mapping names fields that do not exist: ${badTargets.join(', ')}.`,
    };
  }
  const twice = CSV_FIELDS.filter((f) => fields.filter((field) => field === f.name).length > 1);
  if (twice.length > 0) {
    const where = twice.map(
      (f) =>
        `${f.name} (${headers
          .filter((_, i) => fields[i] === f.name)
          .map(shown)
          .join(' and ')})`,
    );
    return {
      ok: false,
      status: 422,
      code: 'CSV_MAPPING_INVALID',
      message: `More than one column fills the same field: ${where.join('; ')}.`,
    };
  }
  const missingFields = CSV_FIELDS.filter((f) => f.required && !fields.includes(f.name)).map((f) => f.name);
  if (unknownHeaders.length > 0 || missingFields.length > 0) {
    const parts = [
      unknownHeaders.length ? `unknown column${unknownHeaders.length > 1 ? 's' : ''} ${unknownHeaders.map(shown).join(', ')}` : '',
      missingFields.length ? `missing required field${missingFields.length > 1 ? 's' : ''} ${missingFields.join(', ')}` : '',
    ].filter(Boolean);
    return {
      ok: false,
      status: 422,
      code: 'CSV_HEADERS_UNMAPPED',
      message: `The header row does not match the template (${parts.join('; ')}). Map each column to a field, or to "ignore", to continue.`,
      headers,
      unknownHeaders,
      missingFields,
    };
  }
  const labels = headers.map((header, i) => {
    const field = fields[i];
    return field === null || normalised[i] === field ? header : `${header} (${field})`;
  });
  return { ok: true, plan: { headers, fields, labels } };
}
