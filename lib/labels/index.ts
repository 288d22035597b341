import type { LabelContent } from './label-content';
import { layoutLabel } from './label-layout';
import type { LabelFormat, LabelSpec } from './label-spec';
import { renderPdf } from './render-pdf';
import { renderPng } from './render-png';
import { renderZpl } from './render-zpl';

export type { LabelAddress, LabelContent, LabelWeight } from './label-content';
export {
  DEFAULT_LABEL_DPI,
  LABEL_DPIS,
  LABEL_FORMATS,
  LABEL_SIZE,
  labelSpecificationSchema,
  SUPPORTED_DOCUMENT_SPECIFICATIONS,
  type LabelFormat,
  type LabelSpec,
  type RequestedDocumentSpecification,
} from './label-spec';

export interface RenderedLabel {
  format: LabelFormat;
  contents: Buffer;
  dpi: number;
}

/** How a label file is served and named. */
export const LABEL_FILE_TYPES: Readonly<Record<LabelFormat, { mediaType: string; extension: string }>> = Object.freeze({
  PDF: { mediaType: 'application/pdf', extension: 'pdf' },
  PNG: { mediaType: 'image/png', extension: 'png' },
  ZPL: { mediaType: 'application/x-zpl', extension: 'zpl' },
});

/** The shipping label for `content`, drawn from the one 4×6 in layout in the format `spec` asks for. */
export async function renderLabel(content: LabelContent, spec: LabelSpec): Promise<RenderedLabel> {
  const layout = layoutLabel(content, spec);
  const contents =
    spec.format === 'PDF'
      ? Buffer.from(await renderPdf(layout))
      : spec.format === 'PNG'
        ? await renderPng(layout)
        : Buffer.from(renderZpl(layout), 'ascii');
  return { format: spec.format, contents, dpi: spec.dpi };
}
