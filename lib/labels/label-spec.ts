import { z } from 'zod';

export const LABEL_FORMATS = ['PDF', 'PNG', 'ZPL'] as const;
export type LabelFormat = (typeof LABEL_FORMATS)[number];

/** Thermal printers' two resolutions; ZPL is drawn in their dots, PNG in pixels at the same density. */
export const LABEL_DPIS = [203, 300] as const;
export const DEFAULT_LABEL_DPI = 203;
export const LABEL_PAGE_LAYOUT = 'DEFAULT';

/** The one label size the layout is drawn for: 4×6 in, portrait. */
export const LABEL_SIZE = Object.freeze({ widthIn: 4, lengthIn: 6 });

export interface LabelSpec {
  format: LabelFormat;
  widthIn: number;
  lengthIn: number;
  dpi: number;
}

const CM_PER_INCH = 2.54;
const TOLERANCE = 0.01;
// 10×15 cm is how the 4×6 in roll is sold in metric countries; 10.16×15.24 cm is its exact size.
const ACCEPTED_CM = [
  [10, 15],
  [4 * CM_PER_INCH, 6 * CM_PER_INCH],
] as const;

const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;

function isFourBySix(size: { width: number; length: number; unit: 'INCH' | 'CENTIMETER' }): boolean {
  if (size.unit === 'INCH') return near(size.width, LABEL_SIZE.widthIn) && near(size.length, LABEL_SIZE.lengthIn);
  return ACCEPTED_CM.some(([width, length]) => near(size.width, width) && near(size.length, length));
}

const sizeSchema = z
  .strictObject({
    width: z.number().gt(0),
    length: z.number().gt(0),
    unit: z.enum(['INCH', 'CENTIMETER']),
  })
  .check(
    z.superRefine((size, ctx) => {
      if (!isFourBySix(size)) {
        ctx.addIssue({
          code: 'custom',
          input: size,
          message: `only 4×6 INCH (10×15 CENTIMETER) labels are offered (got ${size.width}×${size.length} ${size.unit})`,
        });
      }
    }),
  );

const dpiSchema = z.number().check(
  z.superRefine((dpi: number, ctx) => {
    if (!(LABEL_DPIS as readonly number[]).includes(dpi)) {
      ctx.addIssue({ code: 'custom', input: dpi, message: `must be ${LABEL_DPIS.join(' or ')} (got ${dpi})` });
    }
  }),
);

const quoted = (input: unknown) => JSON.stringify(input) ?? String(input);

export const labelSpecificationSchema = z
  .strictObject({
    format: z.enum(LABEL_FORMATS),
    size: sizeSchema,
    dpi: dpiSchema.optional(),
    pageLayout: z.enum([LABEL_PAGE_LAYOUT], { error: (issue) => `must be ${LABEL_PAGE_LAYOUT} (got ${quoted(issue.input)})` }).optional(),
    needFileJoining: z.boolean().check(
      z.superRefine((join: boolean, ctx) => {
        if (join) ctx.addIssue({ code: 'custom', input: join, message: "must be false: each package's label is its own document" });
      }),
    ),
    requestedDocumentTypes: z
      .array(z.enum(['LABEL'], { error: (issue) => `only LABEL documents are offered (got ${quoted(issue.input)})` }))
      .min(1),
    requestedLabelCustomization: z
      .strictObject({
        requestAttributes: z
          .array(
            z.enum(['PACKAGE_CLIENT_REFERENCE_ID'], {
              error: (issue) => `only PACKAGE_CLIENT_REFERENCE_ID is offered, and it is always printed (got ${quoted(issue.input)})`,
            }),
          )
          .optional(),
      })
      .optional(),
  })
  .transform((spec): LabelSpec => ({
    format: spec.format,
    widthIn: LABEL_SIZE.widthIn,
    lengthIn: LABEL_SIZE.lengthIn,
    dpi: spec.dpi ?? DEFAULT_LABEL_DPI,
  }));

export type RequestedDocumentSpecification = z.input<typeof labelSpecificationSchema>;

/** What a getRates rate offers in the model's `supportedDocumentSpecifications`: exactly what the schema accepts. */
export const SUPPORTED_DOCUMENT_SPECIFICATIONS = Object.freeze(
  LABEL_FORMATS.map((format) => ({
    format,
    size: { width: LABEL_SIZE.widthIn, length: LABEL_SIZE.lengthIn, unit: 'INCH' as const },
    printOptions: [
      {
        supportedDPIs: [...LABEL_DPIS],
        supportedPageLayouts: [LABEL_PAGE_LAYOUT],
        supportedFileJoiningOptions: [false],
        supportedDocumentDetails: [{ name: 'LABEL' as const, isMandatory: true }],
      },
    ],
  })),
);
