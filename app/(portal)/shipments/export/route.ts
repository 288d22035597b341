import { getDb } from '@/db/client';
import { resolveTrackerAccount, streamTrackerExport } from '@/db/queries/tracker';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { exportHeaderLine, exportLine } from '@/lib/tracker/export-csv';
import { parseTrackerQuery } from '@/lib/tracker/query';
import { routeActor } from '../../../_lib/route-guard';

/** The current tracker view as CSV, streamed a keyset batch at a time; the session, role and account are checked here. */
export async function GET(request: Request): Promise<Response> {
  const actor = await routeActor(request, ['shipper', 'account_manager'], { mutating: false });
  if (actor instanceof Response) return actor;
  const query = parseTrackerQuery(new URL(request.url).searchParams);
  const db = await getDb();
  let accountId: string;
  try {
    accountId = await resolveTrackerAccount(db, actor, query.account);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof AccessDeniedError)
      return new Response('No such shipper account.', { status: 404 });
    throw error;
  }
  const batches = streamTrackerExport(db, actor, { ...query, account: accountId, after: null, before: null });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(exportHeaderLine()));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(exportLine).join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="shipments-${day}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
