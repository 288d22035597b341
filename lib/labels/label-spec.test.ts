import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, validate } from '../shipping/issue-messages';
import { labelSpecificationSchema, SUPPORTED_DOCUMENT_SPECIFICATIONS } from './label-spec';

const request = z.strictObject({ labelSpecifications: labelSpecificationSchema });

const CARRIER_EXAMPLE = {
  format: 'PDF',
  size: { width: 4, length: 6, unit: 'INCH' },
  dpi: 203,
  pageLayout: 'DEFAULT',
  needFileJoining: false,
  requestedDocumentTypes: ['LABEL'],
};

function issuesOf(labelSpecifications: unknown): string[] {
  const result = validate(request, { labelSpecifications });
  if (result.ok) return [];
  return result.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

function specOf(labelSpecifications: unknown) {
  const result = validate(request, { labelSpecifications });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data.labelSpecifications;
}

describe('labelSpecificationSchema', () => {
  it("turns the carrier's own example into a 4×6 in spec", () => {
    expect(specOf(CARRIER_EXAMPLE)).toEqual({ format: 'PDF', widthIn: 4, lengthIn: 6, dpi: 203 });
  });

  it('defaults to 203 dpi and takes every format at 300', () => {
    const { dpi: _dpi, pageLayout: _layout, ...minimal } = CARRIER_EXAMPLE;
    expect(specOf(minimal).dpi).toBe(203);
    for (const format of ['PDF', 'PNG', 'ZPL'])
      expect(specOf({ ...CARRIER_EXAMPLE, format, dpi: 300 })).toMatchObject({ format, dpi: 300 });
  });

  it('takes 10×15 cm and 10.16×15.24 cm as the 4×6 in label', () => {
    for (const [width, length] of [
      [10, 15],
      [10.16, 15.24],
    ]) {
      expect(specOf({ ...CARRIER_EXAMPLE, size: { width, length, unit: 'CENTIMETER' } })).toMatchObject({ widthIn: 4, lengthIn: 6 });
    }
  });

  it('refuses other sizes, naming the field', () => {
    expect(issuesOf({ ...CARRIER_EXAMPLE, size: { width: 4, length: 4, unit: 'INCH' } })).toEqual([
      'labelSpecifications.size: only 4×6 INCH (10×15 CENTIMETER) labels are offered (got 4×4 INCH)',
    ]);
    expect(issuesOf({ ...CARRIER_EXAMPLE, size: { width: 6, length: 4, unit: 'INCH' } })).toHaveLength(1);
    expect(issuesOf({ ...CARRIER_EXAMPLE, size: { width: 4, length: 6, unit: 'CENTIMETER' } })).toHaveLength(1);
    expect(issuesOf({ ...CARRIER_EXAMPLE, size: { width: 4, length: 6, unit: 'MM' } })[0]).toMatch(/^labelSpecifications\.size\.unit: /);
    expect(issuesOf({ ...CARRIER_EXAMPLE, size: { width: 4, unit: 'INCH' } })).toEqual(['labelSpecifications.size.length: is required']);
  });

  it('refuses other formats, resolutions and document types, naming the field', () => {
    expect(issuesOf({ ...CARRIER_EXAMPLE, format: 'GIF' })).toEqual([
      'labelSpecifications.format: must be one of PDF, PNG, ZPL (got "GIF")',
    ]);
    expect(issuesOf({ ...CARRIER_EXAMPLE, format: 'ZPL', dpi: 600 })).toEqual(['labelSpecifications.dpi: must be 203 or 300 (got 600)']);
    expect(issuesOf({ ...CARRIER_EXAMPLE, dpi: 96 })).toEqual(['labelSpecifications.dpi: must be 203 or 300 (got 96)']);
    expect(issuesOf({ ...CARRIER_EXAMPLE, requestedDocumentTypes: ['LABEL', 'PACKSLIP'] })).toEqual([
      'labelSpecifications.requestedDocumentTypes[1]: only LABEL documents are offered (got "PACKSLIP")',
    ]);
    expect(issuesOf({ ...CARRIER_EXAMPLE, requestedDocumentTypes: [] })).toEqual([
      'labelSpecifications.requestedDocumentTypes: must have at least one entry',
    ]);
    expect(issuesOf({ ...CARRIER_EXAMPLE, pageLayout: 'LEFT' })).toEqual(['labelSpecifications.pageLayout: must be DEFAULT (got "LEFT")']);
  });

  it('refuses what it cannot honour rather than ignoring it', () => {
    expect(issuesOf({ ...CARRIER_EXAMPLE, needFileJoining: true })).toEqual([
      "labelSpecifications.needFileJoining: must be false: each package's label is its own document",
    ]);
    expect(
      issuesOf({
        ...CARRIER_EXAMPLE,
        requestedLabelCustomization: { requestAttributes: ['PACKAGE_CLIENT_REFERENCE_ID', 'SELLER_DISPLAY_NAME'] },
      }),
    ).toEqual([
      'labelSpecifications.requestedLabelCustomization.requestAttributes[1]: only PACKAGE_CLIENT_REFERENCE_ID is offered, and it is always printed (got "SELLER_DISPLAY_NAME")',
    ]);
    expect(issuesOf({ ...CARRIER_EXAMPLE, colour: 'red' })).toEqual(['labelSpecifications.colour: unknown field "colour" is not allowed']);
    expect(issuesOf(undefined)).toEqual(['labelSpecifications: is required']);
    const { needFileJoining: _join, ...withoutJoining } = CARRIER_EXAMPLE;
    expect(issuesOf(withoutJoining)).toEqual(['labelSpecifications.needFileJoining: is required']);
  });

  it('accepts every specification a rate advertises', () => {
    for (const offered of SUPPORTED_DOCUMENT_SPECIFICATIONS) {
      for (const option of offered.printOptions) {
        for (const dpi of option.supportedDPIs) {
          const spec = specOf({
            format: offered.format,
            size: offered.size,
            dpi,
            pageLayout: option.supportedPageLayouts[0],
            needFileJoining: option.supportedFileJoiningOptions[0],
            requestedDocumentTypes: option.supportedDocumentDetails.map((detail) => detail.name),
          });
          expect(spec).toEqual({ format: offered.format, widthIn: 4, lengthIn: 6, dpi });
        }
      }
    }
  });
});
