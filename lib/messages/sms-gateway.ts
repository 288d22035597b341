import http from 'node:http';
import https from 'node:https';
import { urlToHttpOptions } from 'node:url';
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
/** More of an answer than this is never needed for its status and message; the rest is not read. */
const MAX_RESPONSE_BYTES = 64 * 1024;
/** Twice the outbox worker's concurrent sends per process, so a send never waits for a connection. */
const MAX_SOCKETS = 64;

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

const unreachable = (error: unknown) => new Error(`SMS gateway unreachable: ${error instanceof Error ? error.message : String(error)}`);

interface GatewayAnswer {
  status: number;
  body: string;
}

/**
 * SMS through a Twilio-compatible Messages API: a form POST per message with HTTP Basic auth. A 2xx answer
 * is sent; a 4xx other than 408/429 throws `PermanentSendError`; anything else (5xx, 408, 429, no answer
 * in time, no connection) throws a plain, retryable Error. Connections are kept alive between sends.
 *
 * On `node:http(s)` with a keep-alive agent of its own rather than the global `fetch`: per message that
 * costs well under half the CPU (undici's request setup, web streams and AbortSignal.timeout dominated).
 */
export function smsGatewayTransport({ baseUrl, accountSid, authToken, from, timeoutMs = 10_000 }: SmsGatewayOptions): MessageTransport {
  const endpoint = new URL(`${baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`);
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:')
    throw new Error('SMS gateway URL must start with http:// or https://');
  const { request, Agent } = endpoint.protocol === 'https:' ? https : http;
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const target = urlToHttpOptions(endpoint);
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const timeoutText = `SMS gateway did not answer within ${timeoutMs}ms`;

  /** One POST, its answer read (up to MAX_RESPONSE_BYTES); rejects with the error text to throw, all within timeoutMs. */
  const post = (form: string) =>
    new Promise<GatewayAnswer>((resolve, reject) => {
      const payload = Buffer.from(form);
      let settled = false;
      const settle = (error: Error | null, answer?: GatewayAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(answer as GatewayAnswer);
      };
      const req = request(
        {
          ...target,
          method: 'POST',
          agent,
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': payload.length,
            accept: 'application/json',
          },
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const chunks: Buffer[] = [];
          let length = 0;
          const done = () =>
            settle(null, { status, body: Buffer.concat(chunks).toString('utf8', 0, Math.min(length, MAX_RESPONSE_BYTES)) });
          res.on('data', (chunk: Buffer) => {
            if (settled) return;
            chunks.push(chunk);
            length += chunk.length;
            if (length < MAX_RESPONSE_BYTES) return;
            // Enough read: the connection is given up rather than an oversized answer drained into memory.
            done();
            res.destroy();
          });
          // Read to the end even on success: an unread body keeps its connection from being reused.
          res.on('end', done);
          res.on('error', (error) => settle(unreachable(error)));
          res.on('close', () => {
            if (!res.complete) settle(unreachable(new Error('the connection closed before the answer was complete')));
          });
        },
      );
      req.on('error', (error) => settle(unreachable(error)));
      // The whole exchange, from waiting for a socket and connecting to the last byte of the answer. Started
      // once the request exists (a request that throws leaves no timer behind); nothing above settles before.
      const timer = setTimeout(() => {
        settle(new Error(timeoutText));
        req.destroy();
      }, timeoutMs);
      req.end(payload);
    });

  return {
    name: 'sms-gateway',
    send: async (message) => {
      const { status, body } = await post(new URLSearchParams({ To: message.to, From: from, Body: message.body }).toString());
      if (status >= 200 && status < 300) return;
      const text = `SMS gateway answered ${status}: ${detailOf(body, [message.body, authToken])}`;
      throw isPermanentStatus(status) ? new PermanentSendError(text) : new Error(text);
    },
  };
}
