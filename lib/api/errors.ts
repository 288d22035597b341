/** The carrier's `Error`: a code, a sentence, and sometimes a hint. */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: string;
}

/** The carrier's `ErrorList`: every error answer of the API has this body. */
export interface ErrorList {
  errors: ApiError[];
}

export type ApiErrorCode =
  | 'InvalidInput'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'QuotaExceeded'
  | 'InternalFailure';

export type ApiErrorStatus = 400 | 401 | 403 | 404 | 413 | 415 | 429 | 500;

/** A refused API request: its status, its errors, and for 429 when to try again. */
export interface ApiFailure {
  ok: false;
  status: ApiErrorStatus;
  errors: ApiError[];
  retryAfterSeconds?: number;
}

export function apiFailure(status: ApiErrorStatus, code: ApiErrorCode, message: string, details?: string): ApiFailure {
  return { ok: false, status, errors: [details === undefined ? { code, message } : { code, message, details }] };
}

/** An error about one field, named by its JSON path: "packages[0].insuredValue.value: must not be negative (got -1)". */
export function fieldError(path: string, message: string): ApiError {
  return { code: 'InvalidInput', message: path === '' ? message : `${path}: ${message}` };
}

/** 400 with each error once, in the order found. */
export function invalidInput(errors: readonly ApiError[]): ApiFailure {
  const seen = new Set<string>();
  const unique = errors.filter((error) => !seen.has(error.message) && seen.add(error.message));
  return { ok: false, status: 400, errors: unique };
}

/** 500 without the cause, which is logged on the server. */
export function internalFailure(): ApiFailure {
  return apiFailure(
    500,
    'InternalFailure',
    'The request could not be completed. Try again; a retried oneClickShipment is never stored twice.',
  );
}
