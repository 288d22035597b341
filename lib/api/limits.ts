import { UPLOAD_LIMITS } from '@/lib/upload/limits';

export interface ApiLimits {
  /** Bytes in one request body. */
  maxBodyBytes: number;
  /** Packages in one request: a oneClickShipment renders a label for each before it answers. */
  maxPackages: number;
  /** JSON nesting and string length, as for uploads. */
  maxDepth: number;
  maxStringLength: number;
}

export const API_LIMITS: Readonly<ApiLimits> = Object.freeze({
  maxBodyBytes: 1024 * 1024,
  maxPackages: 25,
  maxDepth: UPLOAD_LIMITS.maxDepth,
  maxStringLength: UPLOAD_LIMITS.maxStringLength,
});
