import { getDb } from '@/db/client';
import { getRejectedRowsCsv } from '@/db/queries/uploads';
import { NotFoundError } from '@/lib/auth/errors';
import { jsonError, routeActor } from '../../../../_lib/route-guard';

/** The rejected rows of a checked upload as a CSV with an `error` column. */
export async function GET(request: Request, { params }: { params: Promise<{ uploadId: string }> }): Promise<Response> {
  const actor = await routeActor(request, ['shipper'], { mutating: false });
  if (actor instanceof Response) return actor;
  const { uploadId } = await params;
  try {
    const { fileName, csv } = await getRejectedRowsCsv(await getDb(), actor, uploadId);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName.replace(/"/g, '')}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return jsonError(404, error.message);
    throw error;
  }
}
