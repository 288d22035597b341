import type { CsvMappingTarget } from './csv-fields';
import { parseCsvUpload } from './csv-upload';
import { parseJsonUpload } from './json-upload';
import { resolveLimits, type UploadLimits } from './limits';
import { sniffContent } from './sniff';
import type { ParseOutcome } from './types';

export interface ParseOptions {
  /** The shipper's header → field (or "ignore") choices, remembered per account. */
  csvMapping?: Readonly<Record<string, CsvMappingTarget>> | null;
  limits?: Partial<UploadLimits>;
}

/**
 * Turns an uploaded file into validated packages and per-row errors, or refuses the whole file
 * with a status and a sentence. Pure: no I/O, and it never throws. Any account id in the file
 * is refused as an unknown field (JSON) or unknown column (CSV); the account always comes from
 * the session.
 */
export function parseShipmentFile(content: Uint8Array, opts: ParseOptions = {}): ParseOutcome {
  try {
    const limits = resolveLimits(opts.limits);
    const sniffed = sniffContent(content, limits);
    if (!sniffed.ok) return sniffed;
    return sniffed.kind === 'json' ? parseJsonUpload(sniffed.text, limits) : parseCsvUpload(sniffed.text, opts.csvMapping ?? null, limits);
  } catch {
    return {
      ok: false,
      status: 422,
      code: 'INTERNAL_PARSE_ERROR',
      message: 'The file could not be processed. Nothing was stored; please try again or contact support.',
    };
  }
}
