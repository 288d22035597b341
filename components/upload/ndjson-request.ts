export interface NdjsonRequest<Line> {
  method: 'POST';
  url: string;
  body?: Blob;
  headers?: Record<string, string>;
  /** Bytes sent so far (0..1); only when there is a body. */
  onUploadProgress?: (fraction: number) => void;
  /** Each line of the streamed response as it arrives; a refusal arrives as one `result` line. */
  onEvent: (line: Line) => void;
}

/** A refusal's JSON body as a stream's last line, with the response's status. */
function refusalLine(status: number, text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (a proxy's error page): keep the status line
  }
  const fields =
    body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string'
      ? body
      : { message: `The server answered ${status}.` };
  return { ...fields, type: 'result', ok: false, status };
}

/**
 * An XMLHttpRequest rather than fetch: it reports upload progress, and it hands over the streamed
 * response as it grows, so both the upload and the server's work show progress. A 200 is NDJSON; any
 * other status is one JSON refusal (lib/upload/upload-responses.ts).
 */
export function ndjsonRequest<Line>({ method, url, body, headers = {}, onUploadProgress, onEvent }: NdjsonRequest<Line>): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    let consumed = 0;
    const drain = (final: boolean) => {
      const text = xhr.responseText;
      let newline = text.indexOf('\n', consumed);
      while (newline !== -1) {
        const line = text.slice(consumed, newline).trim();
        consumed = newline + 1;
        if (line) onEvent(JSON.parse(line) as Line);
        newline = text.indexOf('\n', consumed);
      }
      if (final && consumed < text.length && text.slice(consumed).trim()) onEvent(JSON.parse(text.slice(consumed)) as Line);
    };
    if (onUploadProgress) {
      xhr.upload.onprogress = (e) => e.lengthComputable && onUploadProgress(e.loaded / e.total);
      xhr.upload.onload = () => onUploadProgress(1);
    }
    xhr.onprogress = () => {
      if (xhr.status === 200) drain(false);
    };
    xhr.onload = () => {
      if (xhr.status === 200) drain(true);
      else onEvent(refusalLine(xhr.status, xhr.responseText) as Line);
      resolve();
    };
    xhr.onerror = () => reject(new Error('The connection to the server was lost. Nothing was stored; please try again.'));
    xhr.send(body ?? null);
  });
}
