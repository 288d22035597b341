import { describe, expect, it } from 'vitest';
import { checkedPackage, eligibilityOf } from './checked-package';
import { parseShipmentFile } from './parse-file';
import { summarise, type UploadReport } from './report';
import { packReport, unpackReport } from './report-wire';
import { csvFile, utf8 } from './sample-files';

const account = { otpEnabled: true, emailNotifications: true, smsNotifications: true };

function reportOf(rows: Parameters<typeof csvFile>[0]): UploadReport {
  const parsed = parseShipmentFile(utf8(csvFile(rows)));
  if (!parsed.ok) throw new Error(parsed.message);
  const packages = parsed.packages.map((pkg, i) => checkedPackage(pkg, eligibilityOf(pkg, account), i % 7 === 0));
  return {
    uploadId: 'u-1',
    fileName: 'f.csv',
    format: 'csv',
    summary: summarise(packages, parsed.rejected.length),
    packages,
    rejected: parsed.rejected,
    csvHeaders: parsed.csvHeaders ?? null,
  };
}

const mixed = Array.from({ length: 300 }, (_, i) => ({
  package_client_reference_id: `R-${i}`,
  ship_to_name: i % 3 === 0 ? 'Zoë Ångström' : 'Jane Doe',
  insured_value: ['60', '100.01', '250.5', '', '99.99'][i % 5]!,
  insured_value_currency: i % 11 === 0 ? 'EUR' : 'GBP',
  ship_to_phone: i % 4 === 0 ? '020 7946 0000' : '07123 456789',
  ship_to_country_code: i % 13 === 0 ? 'US' : 'GB',
}));

describe('the report as the check sends it', () => {
  it('unpacks to exactly the report that was packed', () => {
    const report = reportOf(mixed);
    expect(report.packages.some((p) => p.reasons.length > 1)).toBe(true);
    expect(report.packages.some((p) => p.alreadyStored)).toBe(true);
    const sent = JSON.parse(JSON.stringify(packReport(report)));
    expect(unpackReport(sent)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('sends each distinct reason once and is well under half the size of the objects', () => {
    const report = reportOf(
      Array.from({ length: 2000 }, (_, i) => ({ package_client_reference_id: `BIG-${i}`, insured_value: String(60 + (i % 100)) })),
    );
    const packed = packReport(report);
    const distinct = new Set(report.packages.flatMap((p) => p.reasons.map((r) => r.message)));
    expect(packed.reasons).toHaveLength(distinct.size);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(report).length / 2);
  });
});
