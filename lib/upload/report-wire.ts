import type { CheckedPackage } from './checked-package';
import type { UploadReport } from './report';

type Reason = CheckedPackage['reasons'][number];

/** One package as sent: where, client reference, recipient, country, value in minor units, currency, eligible, reason indexes, already stored. */
export type PackedPackage = [string, string, string, string, number, string, 0 | 1, number[], 0 | 1];

/**
 * A report as the check's response carries it: each package a tuple and each distinct reason sent once.
 * For 100,000 packages that is about a third of the objects' JSON, which the page waits to download and parse.
 */
export interface PackedReport extends Omit<UploadReport, 'packages'> {
  reasons: Reason[];
  packages: PackedPackage[];
}

export function packReport({ packages, ...rest }: UploadReport): PackedReport {
  const reasons: Reason[] = [];
  const indexOf = new Map<string, number>();
  const reasonIndex = ({ code, message }: Reason): number => {
    const key = `${code}\n${message}`;
    let i = indexOf.get(key);
    if (i === undefined) {
      i = reasons.push({ code, message }) - 1;
      indexOf.set(key, i);
    }
    return i;
  };
  return {
    ...rest,
    reasons,
    packages: packages.map((p) => [
      p.location,
      p.packageClientReferenceId,
      p.recipientName,
      p.countryCode,
      p.insuredValue.minor,
      p.insuredValue.unit,
      p.eligible ? 1 : 0,
      p.reasons.map(reasonIndex),
      p.alreadyStored ? 1 : 0,
    ]),
  };
}

/** The report as the page uses it; packages failing for the same reason share its object. */
export function unpackReport({ reasons, packages, ...rest }: PackedReport): UploadReport {
  return {
    ...rest,
    packages: packages.map(
      ([location, packageClientReferenceId, recipientName, countryCode, minor, unit, eligible, reasonIndexes, alreadyStored]) => ({
        location,
        packageClientReferenceId,
        recipientName,
        countryCode,
        insuredValue: { value: minor / 100, unit, minor },
        eligible: eligible === 1,
        reasons: reasonIndexes.map((i) => reasons[i]!),
        alreadyStored: alreadyStored === 1,
      }),
    ),
  };
}
