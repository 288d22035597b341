import type { Address, ChannelType, Currency, Package } from '@/lib/shipping/schema';
import { toMinorUnits } from '@/lib/shipping/money-field';
import type { Location, Money, ParsedPackage } from './types';

export interface ShipmentContext {
  channelType: ChannelType;
  prepaid: boolean;
  shipTo: Address | undefined;
  shipFrom: Address;
}

function money(currency: Currency): Money {
  const minor = toMinorUnits(currency.value);
  // currencySchema has already refused anything toMinorUnits cannot convert exactly.
  if (minor === null) throw new Error(`unvalidated money value ${currency.value}`);
  return { value: currency.value, unit: currency.unit, minor };
}

/** Copies only the fields the portal reads out of a validated package, so nothing else is carried along. */
export function toParsedPackage(location: Location, pkg: Package, shipment: ShipmentContext): ParsedPackage {
  return {
    location,
    packageClientReferenceId: pkg.packageClientReferenceId,
    channelType: shipment.channelType,
    prepaid: shipment.prepaid,
    shipTo: shipment.shipTo ?? null,
    shipFrom: shipment.shipFrom,
    insuredValue: money(pkg.insuredValue),
    weight: { value: pkg.weight.value, unit: pkg.weight.unit },
    dimensions: {
      length: pkg.dimensions.length,
      width: pkg.dimensions.width,
      height: pkg.dimensions.height,
      unit: pkg.dimensions.unit,
    },
    isHazmat: pkg.isHazmat ?? false,
    items: pkg.items.map((item) => ({
      description: item.description ?? null,
      itemIdentifier: item.itemIdentifier ?? null,
      quantity: item.quantity,
      itemValue: item.itemValue ? money(item.itemValue) : null,
      weight: item.weight ? { value: item.weight.value, unit: item.weight.unit } : null,
    })),
  };
}
