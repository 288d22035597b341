export interface NdjsonRequest {
  method: 'POST';
  url: string;
  body?: Blob;
  headers?: Record<string, string>;
  /** Bytes sent so far (0..1); only when there is a body. */
  onUploadProgress?: (fraction: number) => void;
  /** Each line of the streamed response as it arrives. */
  onEvent: (event: Record<string, unknown>) => void;
}

/**
 * An XMLHttpRequest rather than fetch: it reports upload progress, and it hands over the streamed
 * response as it grows, so both the upload and the server's work show progress.
 */
export function ndjsonRequest({ method, url, body, headers = {}, onUploadProgress, onEvent }: NdjsonRequest): Promise<void> {
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
        if (line) onEvent(JSON.parse(line) as Record<string, unknown>);
        newline = text.indexOf('\n', consumed);
      }
      if (final && consumed < text.length && text.slice(consumed).trim()) onEvent(JSON.parse(text.slice(consumed)) as Record<string, unknown>);
    };
    if (onUploadProgress) xhr.upload.onprogress = (e) => e.lengthComputable && onUploadProgress(e.loaded / e.total);
    xhr.onprogress = () => {
      if (xhr.status === 200) drain(false);
    };
    xhr.onload = () => {
      if (xhr.status === 200) drain(true);
      else {
        let message = `The server answered ${xhr.status}.`;
        try {
          message = (JSON.parse(xhr.responseText) as { message?: string }).message ?? message;
        } catch {
          // not JSON: keep the status line
        }
        onEvent({ type: 'result', ok: false, status: xhr.status, message });
      }
      resolve();
    };
    xhr.onerror = () => reject(new Error('The connection to the server was lost. Nothing was stored; please try again.'));
    xhr.send(body ?? null);
  });
}
