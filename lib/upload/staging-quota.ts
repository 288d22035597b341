import { DAY_MS } from '../time/durations';

/** A checked file waits this long, staged, for the shipper's choice; then the scheduled cleanup discards it. */
export const STAGED_FOR_MS = DAY_MS;

/** What one account may keep staged (checked, neither stored nor discarded, not expired) at a time. */
export const STAGING_QUOTA = Object.freeze({ maxUploads: 5, maxBytes: 100 * 1024 * 1024 });

/** One staged upload as the quota refusal lists it, so the page can offer to discard it. */
export interface StagedUpload {
  uploadId: string;
  fileName: string;
  packageCount: number;
  /** Bytes of the staged (compressed) file, counted against `STAGING_QUOTA.maxBytes`. */
  bytes: number;
  /** ISO times. */
  checkedAt: string;
  expiresAt: string;
}

export interface StagingQuotaRefusal {
  ok: false;
  status: 429;
  code: 'STAGING_QUOTA_EXCEEDED';
  message: string;
  maxUploads: number;
  maxBytes: number;
  /** Oldest first. */
  staged: StagedUpload[];
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;
const HOW_TO_FREE =
  'Store or discard a file waiting for your choice, or wait until it expires 24 hours after its check, then upload this file again.';

/**
 * The refusal when the account's staged uploads leave no room for `incomingBytes` more (0 before the
 * file is parsed: then only a full account is refused), or null when it fits.
 */
export function stagingQuotaRefusal(staged: StagedUpload[], incomingBytes: number): StagingQuotaRefusal | null {
  const { maxUploads, maxBytes } = STAGING_QUOTA;
  const usedBytes = staged.reduce((sum, upload) => sum + upload.bytes, 0);
  let message: string;
  if (staged.length >= maxUploads) {
    message = `Your account already has ${staged.length} checked files waiting to be stored or discarded, the most it may keep at a time (${maxUploads}). ${HOW_TO_FREE}`;
  } else if (usedBytes + incomingBytes > maxBytes) {
    message = `Checked files waiting to be stored or discarded already take ${megabytes(usedBytes)} of your account's ${megabytes(maxBytes)}, and this file needs ${megabytes(incomingBytes)} more. ${HOW_TO_FREE}`;
  } else {
    return null;
  }
  return { ok: false, status: 429, code: 'STAGING_QUOTA_EXCEEDED', message, maxUploads, maxBytes, staged };
}
