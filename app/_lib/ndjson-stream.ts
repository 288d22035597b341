import 'server-only';

export type Emit = (event: Record<string, unknown>) => void;

/**
 * A streamed response of one JSON object per line: progress events while `work` runs, then its
 * result. The client reads lines as they arrive, so a long job shows progress.
 */
export function ndjsonResponse(work: (emit: Emit) => Promise<Record<string, unknown>>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit: Emit = (event) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        emit({ type: 'result', ...(await work(emit)) });
      } catch (error) {
        console.error('upload job failed', error);
        emit({ type: 'result', ok: false, status: 500, message: 'Something went wrong on our side. Nothing was stored; please try again.' });
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
  });
}
