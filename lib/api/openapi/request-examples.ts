import { sampleGetRatesRequest, sampleOneClickRequest, samplePackage } from '@/lib/shipping/sample-package';
import { servicesFor } from '@/lib/shipping/services';

export type ExamplePackage = ReturnType<typeof samplePackage>;

/** The announcement's sample package, and one declared below the UK threshold (100 GBP) to show a reason. */
export const EXAMPLE_PACKAGES = Object.freeze({
  sample: samplePackage(),
  belowThreshold: { ...samplePackage('20231003140432lowvalue01'), insuredValue: { value: 45, unit: 'GBP' } },
});

/** The UK services, standard first. */
export const [STANDARD_SERVICE, ONE_DAY_SERVICE] = servicesFor('UK');

export function getRatesRequestExample(packages: readonly ExamplePackage[]) {
  return sampleGetRatesRequest([...packages]);
}

/** A oneClickShipment of the packages with the UK's one-day service and a 4×6 in PDF label. */
export function oneClickRequestExample(packages: readonly ExamplePackage[]) {
  return { ...sampleOneClickRequest([...packages]), serviceSelection: { serviceId: [ONE_DAY_SERVICE!.id] } };
}
