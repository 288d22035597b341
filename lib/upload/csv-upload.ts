import type { CsvMappingTarget } from './csv-fields';
import { planCsvColumns } from './csv-headers';
import { readCsvRecords } from './csv-read';
import { collectCsvRow, resolveColumns, type CsvCollector } from './csv-row';
import { DuplicateReferences } from './duplicate-references';
import type { UploadLimits } from './limits';
import type { ParseOutcome } from './types';

/** CSV: one package per row under a header row matched (or mapped) to CSV_FIELDS. */
export function parseCsvUpload(
  text: string,
  mapping: Readonly<Record<string, CsvMappingTarget>> | null,
  limits: UploadLimits,
): ParseOutcome {
  const state: { collector: CsvCollector | null } = { collector: null };
  const read = readCsvRecords(text, limits, {
    header(cells) {
      const planned = planCsvColumns(cells, mapping);
      if (!planned.ok) return planned;
      state.collector = {
        plan: planned.plan,
        ...resolveColumns(planned.plan),
        columnCount: cells.length,
        packages: [],
        rejected: [],
        references: new DuplicateReferences(),
      };
      return null;
    },
    row(cells, line) {
      if (state.collector) collectCsvRow(cells, line, state.collector);
      return null;
    },
  });
  if (!read.ok) return read;
  const { collector } = state;
  if (!collector) return { ok: false, status: 422, code: 'EMPTY_FILE', message: 'The file is empty.' };
  return {
    ok: true,
    format: 'csv',
    packages: collector.packages,
    rejected: collector.rejected,
    csvHeaders: collector.plan.headers,
  };
}
