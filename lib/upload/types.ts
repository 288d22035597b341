import type { Address, DimensionUnit, WeightUnit } from '@/lib/shipping/schema';

/**
 * A human place in the file: 'line 7' (CSV, 1-based file line including the header),
 * 'request 2 › packages[0]' (a JSON request or an array of them) or 'line 3 › packages[1]' (NDJSON).
 */
export type Location = string;

export interface Money {
  value: number;
  unit: string;
  /** Hundredths of the unit, exact (11501 for 115.01 GBP). */
  minor: number;
}

export interface ParsedItem {
  description: string | null;
  itemIdentifier: string | null;
  quantity: number;
  itemValue: Money | null;
  weight: { value: number; unit: string } | null;
}

export interface ParsedPackage {
  location: Location;
  /** Trimmed; case-sensitive. */
  packageClientReferenceId: string;
  channelType: 'EXTERNAL' | 'AMAZON';
  /** False when collect-on-delivery is requested. */
  prepaid: boolean;
  /** Null only when the request gave none (allowed for AMAZON). */
  shipTo: Address | null;
  shipFrom: Address;
  insuredValue: Money;
  weight: { value: number; unit: WeightUnit };
  dimensions: { length: number; width: number; height: number; unit: DimensionUnit };
  isHazmat: boolean;
  items: ParsedItem[];
  /** The carrier service a oneClickShipment chose; absent for uploads (the marketplace's standard one). */
  serviceId?: string;
}

export interface RowError {
  /** CSV: the file's column header; JSON: the path from the request root, e.g. packages[0].insuredValue.unit. */
  field: string;
  /** A whole sentence that starts with the place: 'line 7, column insured_value: must …'. */
  message: string;
}

export interface RejectedRow {
  location: Location;
  errors: RowError[];
  /** CSV: the original cells by header, to rebuild a rejected-rows CSV; JSON: null. */
  raw: Record<string, string> | null;
}

export type UploadFormat = 'json' | 'ndjson' | 'csv';

/** Why a whole file was refused; the status each one comes with is in lib/upload/README.md. */
export type RefusalCode =
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_PACKAGES'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'INVALID_UTF8'
  | 'EMPTY_FILE'
  | 'NO_PACKAGES'
  | 'JSON_SYNTAX'
  | 'JSON_TOO_DEEP'
  | 'JSON_DUPLICATE_KEY'
  | 'FORBIDDEN_KEY'
  | 'STRING_TOO_LONG'
  | 'CSV_MALFORMED'
  | 'CSV_NO_ROWS'
  | 'CSV_DUPLICATE_HEADERS'
  | 'CSV_TOO_MANY_COLUMNS'
  | 'CSV_MAPPING_INVALID'
  | 'INTERNAL_PARSE_ERROR';

export interface FileRefusal {
  ok: false;
  status: 400 | 413 | 415 | 422;
  code: RefusalCode;
  /** A clear sentence for the shipper. */
  message: string;
}

export interface CsvHeadersUnmapped {
  ok: false;
  status: 422;
  code: 'CSV_HEADERS_UNMAPPED';
  message: string;
  headers: string[];
  unknownHeaders: string[];
  missingFields: string[];
}

export type ParseOutcome =
  | {
      ok: true;
      format: UploadFormat;
      packages: ParsedPackage[];
      rejected: RejectedRow[];
      csvHeaders?: string[];
    }
  | FileRefusal
  | CsvHeadersUnmapped;
