import 'server-only';
import type { ParsedPackage } from '@/lib/upload/types';
import type { shipmentItems } from '../schema';

type NewItem = Omit<typeof shipmentItems.$inferInsert, 'shipmentId'>;

/** A package's items as rows; the shipment id is added once the shipment exists. */
export function itemRowsFor(pkg: ParsedPackage): NewItem[] {
  return pkg.items.map((item, position) => ({
    position,
    description: item.description,
    itemIdentifier: item.itemIdentifier,
    quantity: item.quantity,
    valueMinor: item.itemValue?.minor ?? null,
    currency: item.itemValue?.unit ?? null,
    weight: item.weight,
  }));
}
