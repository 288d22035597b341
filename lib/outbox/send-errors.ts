/**
 * A send failure that retrying cannot fix: no gateway configured, the gateway refusing the request (a 4xx
 * other than 408 or 429), an invalid number. The outbox worker fails the message at once; any other
 * thrown error is retried.
 */
export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
}
