import { getDb } from '@/db/client';
import { loadUploadToStore, storeUpload, type StoreOutcome } from '@/db/queries/uploads';
import type { StoreProgress } from '@/lib/upload/upload-responses';
import { ndjsonResponse } from '../../../../_lib/ndjson-stream';
import { routeActor } from '../../../../_lib/route-guard';
import { refusalResponse } from '../../refusal-response';

/**
 * Step 2: stores the valid packages of a checked upload in one transaction, streaming progress. An
 * upload that cannot be stored (unknown 404, already stored or discarded, expired 409) is refused with
 * that status before the stream starts; losing a race with another store of it is known only inside.
 */
export async function POST(request: Request, { params }: { params: Promise<{ uploadId: string }> }): Promise<Response> {
  const actor = await routeActor(request, ['shipper'], { mutating: true });
  if (actor instanceof Response) return actor;
  const { uploadId } = await params;
  const db = await getDb();
  const toStore = await loadUploadToStore(db, actor, uploadId);
  if (!toStore.ok) return refusalResponse(toStore);
  return ndjsonResponse<StoreProgress, StoreOutcome>(async (emit) => {
    let lastShown = -1;
    return storeUpload(db, toStore, (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent !== lastShown) emit({ type: 'progress', phase: 'storing', done, total });
      lastShown = percent;
    });
  });
}
