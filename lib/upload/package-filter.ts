import type { ReasonCode } from '@/lib/otp';
import type { CheckedPackage } from './checked-package';

export interface PackageFilter {
  eligibility: 'all' | 'eligible' | 'not-eligible';
  reason: ReasonCode | null;
  /** With a reason: only packages failing on that reason and nothing else. */
  onlyThatReason: boolean;
  /** Client reference or recipient name, case-insensitive. */
  text: string;
}

export const NO_FILTER: PackageFilter = { eligibility: 'all', reason: null, onlyThatReason: false, text: '' };

export function filterPackages(packages: readonly CheckedPackage[], filter: PackageFilter): CheckedPackage[] {
  const text = filter.text.trim().toLowerCase();
  return packages.filter((pkg) => {
    if (filter.eligibility === 'eligible' && !pkg.eligible) return false;
    if (filter.eligibility === 'not-eligible' && pkg.eligible) return false;
    if (filter.reason) {
      if (!pkg.reasons.some((r) => r.code === filter.reason)) return false;
      if (filter.onlyThatReason && pkg.reasons.length !== 1) return false;
    }
    if (text && !pkg.packageClientReferenceId.toLowerCase().includes(text) && !pkg.recipientName.toLowerCase().includes(text)) return false;
    return true;
  });
}
