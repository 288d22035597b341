import type { Weight, WeightUnit } from './measure-schemas';
import type { CarrierService } from './services';

const GRAMS_PER_UNIT: Readonly<Record<WeightUnit, number>> = Object.freeze({
  GRAM: 1,
  KILOGRAM: 1000,
  OUNCE: 28.349523125,
  POUND: 453.59237,
});

/** The kilograms a package is charged for: every started kilogram, at least one. */
export function billedKilograms(weight: Weight): number {
  // Whole milligrams first, so 35.27396195 oz (1 kg to the milligram) is not charged as 2 kg by a float's last bit.
  const milligrams = Math.round(weight.value * GRAMS_PER_UNIT[weight.unit] * 1000);
  return Math.max(1, Math.ceil(milligrams / 1_000_000));
}

/** A service's charge for one package of `kilograms` billed kilograms, in its marketplace's minor units. */
export function packageChargeMinor(service: CarrierService, kilograms: number): number {
  return service.charge.firstKgMinor + (kilograms - 1) * service.charge.perKgMinor;
}

export interface ServiceCharge {
  billedKilograms: number;
  totalChargeMinor: number;
}

/** What a service charges for a shipment's packages together: the sum of each package's charge. */
export function chargeFor(service: CarrierService, weights: readonly Weight[]): ServiceCharge {
  let kilograms = 0;
  let total = 0;
  for (const weight of weights) {
    const billed = billedKilograms(weight);
    kilograms += billed;
    total += packageChargeMinor(service, billed);
  }
  return { billedKilograms: kilograms, totalChargeMinor: total };
}
