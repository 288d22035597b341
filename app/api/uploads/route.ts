import { getDb } from '@/db/client';
import { checkUploadFile, type CheckOutcome } from '@/db/queries/uploads';
import { UPLOAD_LIMITS } from '@/lib/upload/limits';
import { packReport } from '@/lib/upload/report-wire';
import type { CheckSuccess } from '@/lib/upload/upload-responses';
import { readCappedBody } from '../../_lib/capped-body';
import { JOB_FAILED_MESSAGE, ndjsonResponse } from '../../_lib/ndjson-stream';
import { jsonError, routeActor } from '../../_lib/route-guard';
import { refusalResponse } from './refusal-response';
import { csvMappingOf, fileNameOf } from './upload-request';

/**
 * Step 1 of an upload: the raw file as the request body. A route handler rather than a server action:
 * actions buffer the whole body under a 1 MB default, and files here may be 50 MiB; this handler reads
 * the stream with its own byte cap and checks the Origin itself.
 *
 * The whole check runs before the answer starts, so a refused file gets its real status (400, 413, 415,
 * 422, 429) with the refusal as JSON; only a checked file is answered 200, its report streamed.
 */
export async function POST(request: Request): Promise<Response> {
  const actor = await routeActor(request, ['shipper'], { mutating: true });
  if (actor instanceof Response) return actor;
  const mapping = csvMappingOf(request);
  if (!mapping.ok) return jsonError(422, mapping.message);
  const body = await readCappedBody(request, UPLOAD_LIMITS.maxBytes);
  if (!body.ok) {
    return jsonError(
      413,
      `The file is larger than ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB. Split it into smaller files; nothing was stored.`,
      { code: 'FILE_TOO_LARGE' },
    );
  }
  let outcome: CheckOutcome;
  try {
    outcome = await checkUploadFile(await getDb(), actor, {
      fileName: fileNameOf(request),
      content: body.bytes,
      csvMapping: mapping.mapping,
    });
  } catch (error) {
    console.error('upload check failed', error);
    return jsonError(500, JOB_FAILED_MESSAGE);
  }
  if (!outcome.ok) return refusalResponse(outcome);
  const { report } = outcome;
  return ndjsonResponse<never, CheckSuccess>(async () => ({ ok: true, report: packReport(report) }));
}
