import { defaultServiceFor } from '../../shipping/services';
import type { LabelContent } from '../label-content';
import type { LabelSpec } from '../label-spec';

export function labelContent(overrides: Partial<LabelContent> = {}): LabelContent {
  return {
    trackingId: 'SC004815162342',
    packageClientReferenceId: 'ORDER-2026-000123-A',
    service: { id: defaultServiceFor('UK').id, name: defaultServiceFor('UK').name },
    shipFrom: {
      name: 'Bright Gadgets Ltd',
      addressLine1: '1 Warehouse Way',
      city: 'Milton Keynes',
      stateOrRegion: 'Buckinghamshire',
      postalCode: 'MK1 1AA',
      countryCode: 'GB',
    },
    shipTo: {
      name: 'Emma Wilson',
      addressLine1: '10 High Street',
      city: 'London',
      stateOrRegion: 'London',
      postalCode: 'SW1A 1AA',
      countryCode: 'GB',
    },
    weight: { value: 900, unit: 'GRAM' },
    otpRequired: true,
    shipDate: new Date('2026-05-01T09:00:00Z'),
    marketplace: 'UK',
    ...overrides,
  };
}

export const labelSpec = (format: LabelSpec['format'], dpi = 203): LabelSpec => ({ format, widthIn: 4, lengthIn: 6, dpi });
