export interface UploadLimits {
  /** Bytes in the whole file. */
  maxBytes: number;
  /** Packages (JSON) or rows (CSV) in one file. */
  maxPackages: number;
  /** Nesting of JSON objects and arrays. */
  maxDepth: number;
  /** Characters in any one JSON string or CSV cell. */
  maxStringLength: number;
  maxCsvColumns: number;
}

/** Stated on the upload page and enforced on the server. */
export const UPLOAD_LIMITS: Readonly<UploadLimits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxPackages: 100_000,
  maxDepth: 32,
  maxStringLength: 10_000,
  maxCsvColumns: 200,
});

export function resolveLimits(overrides: Partial<UploadLimits> | undefined): UploadLimits {
  const limits = { ...UPLOAD_LIMITS };
  for (const key of Object.keys(limits) as (keyof UploadLimits)[]) {
    const value = overrides?.[key];
    if (typeof value === 'number' && value >= 0) limits[key] = value;
  }
  return limits;
}
