// The sample package from the OTP Secure Delivery announcement, and UK addresses to ship it
// between: used by the CSV template, the tests and the throughput benchmark.

export function samplePackage(packageClientReferenceId = '20231003140431gkuelozg2ys') {
  return {
    dimensions: { length: 15, width: 10, height: 10, unit: 'CENTIMETER' },
    insuredValue: { value: 115.01, unit: 'GBP' },
    isHazmat: false,
    items: [
      {
        description: 'Item-1',
        itemIdentifier: '2023100314043',
        quantity: 1,
        isHazmat: false,
        weight: { unit: 'GRAM', value: 1900 },
        itemValue: { value: 90.0, unit: 'GBP' },
      },
      {
        description: 'Item-2',
        itemIdentifier: '2023100314033',
        quantity: 1,
        isHazmat: false,
        weight: { unit: 'GRAM', value: 900 },
        itemValue: { value: 15.01, unit: 'GBP' },
      },
    ],
    packageClientReferenceId,
    weight: { unit: 'GRAM', value: 2800 },
  };
}

export function sampleShipTo() {
  return {
    name: 'Jane Doe',
    addressLine1: '10 Downing Street',
    city: 'London',
    stateOrRegion: 'Greater London',
    postalCode: 'SW1A 2AA',
    countryCode: 'GB',
    email: 'jane.doe@example.com',
    phoneNumber: '+447123456789',
  };
}

export function sampleShipFrom() {
  return {
    name: 'Example Shipper Ltd',
    addressLine1: 'Unit 4, Trafford Park',
    city: 'Manchester',
    stateOrRegion: 'Greater Manchester',
    postalCode: 'M17 1AA',
    countryCode: 'GB',
    phoneNumber: '+441611234567',
  };
}

export function sampleGetRatesRequest(packages: unknown[] = [samplePackage()]) {
  return {
    shipTo: sampleShipTo(),
    shipFrom: sampleShipFrom(),
    packages,
    channelDetails: { channelType: 'EXTERNAL' },
  };
}

export function sampleOneClickRequest(packages: unknown[] = [samplePackage()]) {
  return {
    ...sampleGetRatesRequest(packages),
    labelSpecifications: {
      format: 'PDF',
      size: { width: 4, length: 6, unit: 'INCH' },
      needFileJoining: false,
      requestedDocumentTypes: ['LABEL'],
    },
    serviceSelection: { serviceId: ['SWA-UK-PREM'] },
  };
}
