import { scanJson } from '@/lib/upload/json-scan';
import { apiFailure, type ApiFailure } from './errors';
import { API_LIMITS } from './limits';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `application/json`, with at most a UTF-8 charset: the only body the API reads. */
export function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const [type, ...parameters] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}

export function unsupportedMediaType(): ApiFailure {
  return apiFailure(415, 'UnsupportedMediaType', 'The request body must be JSON, sent with Content-Type: application/json.');
}

export function bodyTooLarge(): ApiFailure {
  return apiFailure(
    413,
    'RequestEntityTooLarge',
    `The request body is larger than ${API_LIMITS.maxBodyBytes / 1024} KiB.`,
    `Send at most ${API_LIMITS.maxPackages} packages per request.`,
  );
}

/**
 * One JSON object from a request body, read as strictly as an uploaded file: the upload's scanner checks the
 * grammar, depth and string lengths and refuses duplicate keys and __proto__/constructor/prototype before
 * JSON.parse sees the text.
 */
export function parseJsonObject(bytes: Uint8Array): { ok: true; value: Record<string, unknown> } | ApiFailure {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return apiFailure(400, 'InvalidInput', 'The request body is not valid UTF-8 text.');
  }
  const scan = scanJson(text, API_LIMITS);
  if (!scan.ok) return apiFailure(400, 'InvalidInput', `The JSON body cannot be read: ${scan.message}.`);
  const [first, ...more] = scan.spans;
  if (first === undefined) return apiFailure(400, 'InvalidInput', 'The request body is empty; it must be one JSON object.');
  if (more.length > 0 || text.charCodeAt(first.start) !== 0x7b) {
    return apiFailure(400, 'InvalidInput', 'The request body must be one JSON object.');
  }
  return { ok: true, value: JSON.parse(text) as Record<string, unknown> };
}
