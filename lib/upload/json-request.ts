import { isPrepaidRequest } from '@/lib/otp/carrier-mapping';
import {
  formatPath,
  getRatesEnvelopeSchema,
  oneClickEnvelopeSchema,
  packageSchema,
  requestKind,
  validate,
  type Address,
  type FieldIssue,
} from '@/lib/shipping/schema';
import { describeInput } from '@/lib/shipping/issue-messages';
import { DuplicateReferences, duplicateMessage, readableReference } from './duplicate-references';
import { toParsedPackage, type ShipmentContext } from './parsed-package';
import type { Location, ParsedPackage, RejectedRow, RowError } from './types';

export interface JsonCollector {
  packages: ParsedPackage[];
  rejected: RejectedRow[];
  references: DuplicateReferences;
}

function rowError(label: string, issue: FieldIssue): RowError {
  const field = formatPath(issue.path);
  return { field, message: `${field ? `${label} › ${field}` : label}: ${issue.message}` };
}

// Packages of one request must not share (and so silently co-mutate) one address object.
function copyAddress(address: Address): Address {
  return address.geocode ? { ...address, geocode: { ...address.geocode } } : { ...address };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates one get-rates or one-click-shipment request. The request's own fields are checked once;
 * each package is checked on its own, so one bad package does not hide its good siblings. A
 * request-level error rejects every package of that request, each naming it.
 */
export function collectRequest(value: unknown, label: Location, out: JsonCollector): void {
  if (!isPlainObject(value)) {
    out.rejected.push({
      location: label,
      errors: [{ field: '', message: `${label}: must be a get-rates or one-click-shipment request object (got ${describeInput(value)})` }],
      raw: null,
    });
    return;
  }
  const envelope = validate(requestKind(value) === 'oneClick' ? oneClickEnvelopeSchema : getRatesEnvelopeSchema, value);
  const packages = value.packages;
  if (!Array.isArray(packages) || packages.length === 0) {
    const issues = envelope.ok ? [] : envelope.issues;
    out.rejected.push({ location: label, errors: issues.map((issue) => rowError(label, issue)), raw: null });
    return;
  }
  const requestErrors = envelope.ok ? [] : envelope.issues.map((issue) => rowError(label, issue));
  const shipment: ShipmentContext | null = envelope.ok
    ? {
        channelType: envelope.data.channelDetails.channelType,
        prepaid: isPrepaidRequest(envelope.data),
        shipTo: envelope.data.shipTo,
        shipFrom: envelope.data.shipFrom,
      }
    : null;

  packages.forEach((pkg: unknown, index) => {
    const location = `${label} › packages[${index}]`;
    const checked = validate(packageSchema, pkg);
    const errors = [...requestErrors];
    if (!checked.ok) {
      for (const issue of checked.issues) errors.push(rowError(label, { ...issue, path: ['packages', index, ...issue.path] }));
    }
    const id = readableReference(isPlainObject(pkg) ? pkg.packageClientReferenceId : undefined);
    const earlier = id === null ? null : out.references.claim(id, location);
    if (id !== null && earlier !== null) {
      const field = `packages[${index}].packageClientReferenceId`;
      errors.push({ field, message: `${label} › ${field}: ${duplicateMessage(id, earlier)}` });
    }
    if (errors.length > 0 || !checked.ok || shipment === null) {
      out.rejected.push({ location, errors, raw: null });
    } else {
      out.packages.push(
        toParsedPackage(location, checked.data, {
          ...shipment,
          shipTo: shipment.shipTo && copyAddress(shipment.shipTo),
          shipFrom: copyAddress(shipment.shipFrom),
        }),
      );
    }
  });
}
