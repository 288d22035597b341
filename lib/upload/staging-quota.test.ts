import { describe, expect, it } from 'vitest';
import { stagingQuotaRefusal, type StagedUpload } from './staging-quota';

describe('the quota decision', () => {
  const staged = (bytes: number[]): StagedUpload[] =>
    bytes.map((b, i) => ({
      uploadId: `u${i}`,
      fileName: `f${i}.csv`,
      packageCount: 1,
      bytes: b,
      checkedAt: '2025-01-01T00:00:00.000Z',
      expiresAt: '2025-01-02T00:00:00.000Z',
    }));
  const MB = 1024 * 1024;

  it('refuses a file whose staged size would pass 100 MB, and names the sizes', () => {
    const refusal = stagingQuotaRefusal(staged([60 * MB, 30 * MB]), 11 * MB);
    expect(refusal).toMatchObject({ status: 429, code: 'STAGING_QUOTA_EXCEEDED' });
    expect(refusal!.message).toContain("already take 90 MB of your account's 100 MB, and this file needs 11 MB more");
  });

  it('lets a file in that fits exactly, and a file into an account under both limits', () => {
    expect(stagingQuotaRefusal(staged([60 * MB, 30 * MB]), 10 * MB)).toBeNull();
    expect(stagingQuotaRefusal(staged([1, 1, 1, 1]), 1)).toBeNull();
    expect(stagingQuotaRefusal(staged([1, 1, 1, 1, 1]), 0)).not.toBeNull();
  });
});
