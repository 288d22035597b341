import { getDb } from '@/db/client';
import { storeCheckedUpload } from '@/db/queries/uploads';
import { ndjsonResponse } from '../../../../_lib/ndjson-stream';
import { routeActor } from '../../../../_lib/route-guard';

/** Step 2: stores the valid packages of a checked upload in one transaction, streaming progress. */
export async function POST(request: Request, { params }: { params: Promise<{ uploadId: string }> }): Promise<Response> {
  const actor = await routeActor(request, ['shipper'], { mutating: true });
  if (actor instanceof Response) return actor;
  const { uploadId } = await params;
  return ndjsonResponse(async (emit) => {
    const db = await getDb();
    let lastShown = -1;
    const outcome = await storeCheckedUpload(db, actor, uploadId, (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent !== lastShown) emit({ type: 'progress', phase: 'storing', done, total });
      lastShown = percent;
    });
    return { ...outcome };
  });
}
