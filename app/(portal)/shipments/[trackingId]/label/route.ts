import { getDb } from '@/db/client';
import { loadShipmentLabel } from '@/db/queries/shipment-label';
import { NotFoundError } from '@/lib/auth/errors';
import { DEFAULT_LABEL_DPI, LABEL_DPIS, LABEL_FILE_TYPES, LABEL_FORMATS, LABEL_SIZE, renderLabel, type LabelFormat } from '@/lib/labels';
import { jsonError, routeActor } from '../../../../_lib/route-guard';

const TRACKING_ID = /^[A-Za-z0-9-]{1,40}$/;

function formatOf(value: string | null): LabelFormat | null {
  const format = (value ?? 'PDF').toUpperCase();
  return (LABEL_FORMATS as readonly string[]).includes(format) ? (format as LabelFormat) : null;
}

function dpiOf(value: string | null): number | null {
  const dpi = value === null ? DEFAULT_LABEL_DPI : Number(value);
  return (LABEL_DPIS as readonly number[]).includes(dpi) ? dpi : null;
}

/** The shipment's label as a file (`?format=PDF|PNG|ZPL`, `&dpi=203|300`), for its shipper or their account manager. */
export async function GET(request: Request, { params }: { params: Promise<{ trackingId: string }> }): Promise<Response> {
  const actor = await routeActor(request, ['shipper', 'account_manager'], { mutating: false });
  if (actor instanceof Response) return actor;
  const query = new URL(request.url).searchParams;
  const format = formatOf(query.get('format'));
  if (!format) return jsonError(400, `format must be one of ${LABEL_FORMATS.join(', ')}.`);
  const dpi = dpiOf(query.get('dpi'));
  if (!dpi) return jsonError(400, `dpi must be ${LABEL_DPIS.join(' or ')}.`);
  const { trackingId } = await params;
  if (!TRACKING_ID.test(trackingId)) return jsonError(404, 'No such shipment.');
  let content;
  try {
    content = await loadShipmentLabel(await getDb(), actor, trackingId);
  } catch (error) {
    if (error instanceof NotFoundError) return jsonError(404, 'No such shipment.');
    throw error;
  }
  const label = await renderLabel(content, { format, ...LABEL_SIZE, dpi });
  const file = LABEL_FILE_TYPES[format];
  return new Response(new Uint8Array(label.contents), {
    headers: {
      'content-type': file.mediaType,
      'content-disposition': `attachment; filename="${content.trackingId}.${file.extension}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
