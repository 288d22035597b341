import { getDb } from '@/db/client';
import { discardCheckedUpload } from '@/db/queries/uploads';
import { NotFoundError } from '@/lib/auth/errors';
import { jsonError, routeActor } from '../../../_lib/route-guard';

/** Drops a checked upload the shipper chose not to store (its staged file is deleted). */
export async function DELETE(request: Request, { params }: { params: Promise<{ uploadId: string }> }): Promise<Response> {
  const actor = await routeActor(request, ['shipper'], { mutating: true });
  if (actor instanceof Response) return actor;
  const { uploadId } = await params;
  try {
    const discarded = await discardCheckedUpload(await getDb(), actor, uploadId);
    return Response.json({ ok: true, discarded });
  } catch (error) {
    if (error instanceof NotFoundError) return jsonError(404, error.message);
    throw error;
  }
}
