import 'server-only';

/** A refusal of the upload routes, answered with its own status and itself as the JSON body. */
export function refusalResponse(refusal: { ok: false; status: number; message: string }): Response {
  return Response.json(refusal, { status: refusal.status, headers: { 'Cache-Control': 'no-store' } });
}
