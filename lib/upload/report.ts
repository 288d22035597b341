import type { ReasonCode } from '@/lib/otp';
import type { CheckedPackage } from './checked-package';
import type { RejectedRow, UploadFormat } from './types';

export interface UploadSummary {
  /** Packages in the file, valid or not. */
  packages: number;
  valid: number;
  rejected: number;
  /** Valid packages whose client reference this account already has: never stored twice. */
  alreadyStored: number;
  /** Valid and new: what "store" will write. */
  toStore: number;
  eligible: number;
  notEligible: number;
  notEligibleByReason: Partial<Record<ReasonCode, number>>;
}

/** What the shipper sees after a check, before anything is stored. */
export interface UploadReport {
  uploadId: string;
  fileName: string;
  format: UploadFormat;
  summary: UploadSummary;
  packages: CheckedPackage[];
  rejected: RejectedRow[];
  /** CSV only: the file's headers, to rebuild the rejected rows as a CSV. */
  csvHeaders: string[] | null;
}

export function summarise(packages: readonly CheckedPackage[], rejected: number): UploadSummary {
  const byReason: Partial<Record<ReasonCode, number>> = {};
  let eligible = 0;
  let alreadyStored = 0;
  for (const pkg of packages) {
    if (pkg.alreadyStored) alreadyStored += 1;
    if (pkg.eligible) eligible += 1;
    for (const reason of pkg.reasons) byReason[reason.code] = (byReason[reason.code] ?? 0) + 1;
  }
  return {
    packages: packages.length + rejected,
    valid: packages.length,
    rejected,
    alreadyStored,
    toStore: packages.length - alreadyStored,
    eligible,
    notEligible: packages.length - eligible,
    notEligibleByReason: byReason,
  };
}
