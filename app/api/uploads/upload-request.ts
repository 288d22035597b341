import 'server-only';
import { z } from 'zod';
import { CSV_FIELDS, CSV_IGNORE } from '@/lib/upload/csv-fields';
import type { CsvMapping } from '@/db/queries/uploads';

const FIELD_NAMES = new Set<string>([...CSV_FIELDS.map((f) => f.name), CSV_IGNORE]);

const mappingSchema = z
  .record(
    z.string().min(1).max(200),
    z.string().refine((target) => FIELD_NAMES.has(target), { error: 'is not a field of the template' }),
  )
  .refine((m) => Object.keys(m).length <= 200, { error: 'has too many columns' });

/** The file name the page sends (URI-encoded header); only for showing and naming downloads. */
export function fileNameOf(request: Request): string {
  const raw = request.headers.get('x-file-name') ?? '';
  let name = 'upload';
  try {
    name = decodeURIComponent(raw) || 'upload';
  } catch {
    name = 'upload';
  }
  return name.replace(/[\\/\p{Cc}]/gu, '_').slice(0, 200);
}

/** The column mapping the shipper chose on the page, if any (JSON in a header, validated whole). */
export function csvMappingOf(request: Request): { ok: true; mapping: CsvMapping | null } | { ok: false; message: string } {
  const raw = request.headers.get('x-csv-mapping');
  if (!raw) return { ok: true, mapping: null };
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(raw));
  } catch {
    return { ok: false, message: 'The column mapping is not valid JSON.' };
  }
  const parsed = mappingSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `Column mapping${issue?.path.length ? ` for "${String(issue.path[0])}"` : ''}: ${issue?.message ?? 'invalid'}.`,
    };
  }
  return { ok: true, mapping: parsed.data as CsvMapping };
}
