import type { ParsedPackage } from '@/lib/upload/types';
import type { ShipmentItem } from './schema';

/** A package's items as its shipment stores them, in file order. */
export function storedItemsOf(pkg: ParsedPackage): ShipmentItem[] {
  return pkg.items.map((item) => ({
    description: item.description,
    itemIdentifier: item.itemIdentifier,
    quantity: item.quantity,
    valueMinor: item.itemValue?.minor ?? null,
    currency: item.itemValue?.unit ?? null,
    weight: item.weight,
  }));
}
