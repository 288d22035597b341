import { PermanentSendError } from '@/lib/outbox/send-errors';
import type { MessageTransport } from './transport';

export interface SmsGatewayOptions {
  /** A Twilio-compatible Messages API base URL, e.g. https://api.twilio.com. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** The sender number or alphanumeric sender name. */
  from: string;
  timeoutMs?: number;
}

const MAX_DETAIL_CHARS = 200;

/** Timeouts and throttling may pass; any other 4xx answers the same however often it is asked. */
const isPermanentStatus = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

/** The gateway's own words (Twilio's JSON `message`, else the start of the body), with nothing secret in them. */
function detailOf(responseBody: string, secrets: readonly string[]): string {
  let detail = responseBody;
  try {
    const parsed: unknown = JSON.parse(responseBody);
    if (typeof parsed === 'object' && parsed !== null && 'message' in parsed && typeof parsed.message === 'string') detail = parsed.message;
  } catch {
    // Not JSON: the raw text it is.
  }
  // A gateway echoing the request must not put a passcode or the token into the message log.
  for (const secret of secrets) if (secret) detail = detail.replaceAll(secret, '[redacted]');
  return detail.slice(0, MAX_DETAIL_CHARS);
}

function unreachable(error: unknown, timeoutMs: number): Error {
  if (error instanceof Error && error.name === 'TimeoutError') return new Error(`SMS gateway did not answer within ${timeoutMs}ms`);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return new Error(`SMS gateway unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
}

/**
 * SMS through a Twilio-compatible Messages API: a form POST per message with HTTP Basic auth. A 2xx answer
 * is sent; a 4xx other than 408/429 throws `PermanentSendError`; anything else (5xx, 408, 429, no answer
 * in time, no connection) throws a plain, retryable Error. Connections are kept alive between sends.
 */
export function smsGatewayTransport({ baseUrl, accountSid, authToken, from, timeoutMs = 10_000 }: SmsGatewayOptions): MessageTransport {
  const endpoint = `${baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  return {
    name: 'sms-gateway',
    send: async (message) => {
      let status: number;
      let responseBody: string;
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: new URLSearchParams({ To: message.to, From: from, Body: message.body }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = response.status;
        // Read to the end even on success: an unread body keeps its connection from being reused.
        responseBody = await response.text();
      } catch (error) {
        throw unreachable(error, timeoutMs);
      }
      if (status >= 200 && status < 300) return;
      const text = `SMS gateway answered ${status}: ${detailOf(responseBody, [message.body, authToken])}`;
      throw isPermanentStatus(status) ? new PermanentSendError(text) : new Error(text);
    },
  };
}
