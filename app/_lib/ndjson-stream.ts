import 'server-only';

export const JOB_FAILED_MESSAGE = 'Something went wrong on our side. Nothing was stored; please try again.';

/**
 * A streamed response of one JSON object per line: the progress events `work` emits while it runs, then
 * its result as `{ type: 'result', ... }` (a 500 refusal if it throws). The client reads lines as they
 * arrive, so a long job shows progress.
 */
export function ndjsonResponse<Progress extends object, Result extends object>(
  work: (emit: (event: Progress) => void) => Promise<Result>,
): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ type: 'result', ...(await work(send)) });
      } catch (error) {
        console.error('upload job failed', error);
        send({ type: 'result', ok: false, status: 500, message: JOB_FAILED_MESSAGE });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
  });
}
