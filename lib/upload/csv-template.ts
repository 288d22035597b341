import { toCsv } from '@/lib/csv/write';
import { samplePackage, sampleShipFrom, sampleShipTo } from '@/lib/shipping/sample-package';
import { CSV_FIELDS } from './csv-fields';

function valueAt(source: unknown, path: readonly (string | number)[]): unknown {
  let node = source;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

/** The header plus one example row: the announcement's sample package (115.01 GBP, first item) to a UK mobile. */
export function csvTemplate(): string {
  const sample = samplePackage();
  const example = {
    channelType: 'EXTERNAL',
    collectOnDelivery: false,
    shipTo: sampleShipTo(),
    shipFrom: sampleShipFrom(),
    package: { ...sample, items: sample.items.slice(0, 1) },
  };
  const cells = CSV_FIELDS.map((field) => {
    const value = valueAt(example, field.path);
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    return value === undefined ? '' : String(value);
  });
  return toCsv([CSV_FIELDS.map((field) => field.name), cells]);
}
