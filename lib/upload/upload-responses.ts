import type { PackedReport } from './report-wire';
import type { StagingQuotaRefusal } from './staging-quota';
import type { CsvHeadersUnmapped, FileRefusal } from './types';

/**
 * What the upload routes answer, shared by the routes and the page. A 200 is an NDJSON stream whose
 * lines are progress events and, last, one `result`; any other status is one refusal as JSON, which the
 * page reads as that stream's `result` (with the response's status).
 */

/** A refusal without a code of its own: session, role, origin, a bad column mapping, no such upload, a failure on our side. */
export interface RequestRefusal {
  ok: false;
  status: number;
  message: string;
  code?: undefined;
}

export type CheckRefusal = FileRefusal | CsvHeadersUnmapped | StagingQuotaRefusal | RequestRefusal;
export interface CheckSuccess {
  ok: true;
  report: PackedReport;
}
/** POST /api/uploads */
export type CheckLine = { type: 'result' } & (CheckSuccess | CheckRefusal);

export interface StoreProgress {
  type: 'progress';
  phase: 'storing';
  done: number;
  total: number;
}
export interface StoreSuccess {
  ok: true;
  uploadId: string;
  stored: number;
  duplicates: number;
  eligibleStored: number;
}
/** POST /api/uploads/:id/store */
export type StoreLine = StoreProgress | ({ type: 'result' } & (StoreSuccess | RequestRefusal));
