import { describe, expect, it } from 'vitest';
import type { ParsedPackage } from '@/lib/upload/types';
import { forgetCheckedPackages, rememberCheckedPackages, takeCheckedPackages } from './checked-packages';

const packages = (n: number) => Array.from({ length: n }, (_, i) => ({ packageClientReferenceId: `P-${i}` }) as ParsedPackage);
const MINUTE = 60_000;

describe('checked packages held between check and store', () => {
  it('hands the packages over once, to the account that checked them', () => {
    const held = packages(3);
    rememberCheckedPackages('u-once', 'acct-a', held, 0);
    expect(takeCheckedPackages('u-once', 'acct-b', 0)).toBeNull();
    rememberCheckedPackages('u-once', 'acct-a', held, 0);
    expect(takeCheckedPackages('u-once', 'acct-a', 0)).toBe(held);
    expect(takeCheckedPackages('u-once', 'acct-a', 0)).toBeNull();
  });

  it('forgets them after 15 minutes, and when the upload is discarded', () => {
    rememberCheckedPackages('u-late', 'acct-a', packages(1), 0);
    expect(takeCheckedPackages('u-late', 'acct-a', 15 * MINUTE)).toBeNull();
    rememberCheckedPackages('u-gone', 'acct-a', packages(1), 0);
    forgetCheckedPackages('u-gone');
    expect(takeCheckedPackages('u-gone', 'acct-a', 0)).toBeNull();
  });

  it('holds at most 100,000 packages, dropping the oldest uploads first', () => {
    rememberCheckedPackages('u-old', 'acct-a', packages(60_000), 0);
    rememberCheckedPackages('u-mid', 'acct-a', packages(30_000), 1);
    rememberCheckedPackages('u-new', 'acct-a', packages(50_000), 2);
    expect(takeCheckedPackages('u-old', 'acct-a', 3)).toBeNull();
    expect(takeCheckedPackages('u-mid', 'acct-a', 3)).toHaveLength(30_000);
    expect(takeCheckedPackages('u-new', 'acct-a', 3)).toHaveLength(50_000);
  });

  it('does not hold a file larger than the whole allowance', () => {
    rememberCheckedPackages('u-huge', 'acct-a', packages(100_001), 0);
    expect(takeCheckedPackages('u-huge', 'acct-a', 0)).toBeNull();
  });
});
