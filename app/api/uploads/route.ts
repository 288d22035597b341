import { getDb } from '@/db/client';
import { checkUploadFile } from '@/db/queries/uploads';
import { UPLOAD_LIMITS } from '@/lib/upload/limits';
import { packReport } from '@/lib/upload/report-wire';
import { readCappedBody } from '../../_lib/capped-body';
import { ndjsonResponse } from '../../_lib/ndjson-stream';
import { jsonError, routeActor } from '../../_lib/route-guard';
import { csvMappingOf, fileNameOf } from './upload-request';

/**
 * Step 1 of an upload: the raw file as the request body. A route handler rather than a server action:
 * actions buffer the whole body under a 1 MB default, and files here may be 50 MiB; this handler reads
 * the stream with its own byte cap and checks the Origin itself.
 */
export async function POST(request: Request): Promise<Response> {
  const actor = await routeActor(request, ['shipper'], { mutating: true });
  if (actor instanceof Response) return actor;
  const mapping = csvMappingOf(request);
  if (!mapping.ok) return jsonError(422, mapping.message);
  const body = await readCappedBody(request, UPLOAD_LIMITS.maxBytes);
  if (!body.ok) {
    return jsonError(413, `The file is larger than ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB. Split it into smaller files; nothing was stored.`, { code: 'FILE_TOO_LARGE' });
  }
  const fileName = fileNameOf(request);
  return ndjsonResponse(async (emit) => {
    emit({ type: 'progress', phase: 'checking', bytes: body.bytes.byteLength });
    const db = await getDb();
    const outcome = await checkUploadFile(db, actor, { fileName, content: body.bytes, csvMapping: mapping.mapping });
    return outcome.ok ? { ok: true, report: packReport(outcome.report) } : { ...outcome };
  });
}
