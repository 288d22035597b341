import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SmsGatewayStubOptions {
  /** How long each answer waits; longer than a client's timeout makes a gateway that never answers. */
  delayMs?: number;
  /** How many requests, from the first, are answered with `status` (503 unless given). */
  failFirst?: number;
  /** The status failing requests get; given without `failFirst`, every request fails with it. */
  status?: number;
}

export interface ReceivedSms {
  to: string;
  from: string;
  body: string;
}

export interface SmsGatewayStub {
  /** The base URL, as SMS_GATEWAY_URL takes it. */
  url: string;
  accountSid: string;
  authToken: string;
  /** Every message accepted (answered 201), in order. */
  received: ReceivedSms[];
  close(): Promise<void>;
}

/** The JSON error bodies Twilio answers with, per status. */
const TWILIO_ERRORS: Record<number, { code: number; message: string }> = {
  400: { code: 21211, message: "The 'To' number is not a valid phone number." },
  401: { code: 20003, message: 'Authenticate' },
  404: { code: 20404, message: 'The requested resource was not found' },
  429: { code: 20429, message: 'Too Many Requests' },
  503: { code: 20503, message: 'Service Unavailable' },
};

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function answerError(res: ServerResponse, status: number): void {
  const error = TWILIO_ERRORS[status] ?? { code: 0, message: `Stub failure ${status}` };
  answer(res, status, { ...error, status });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A Twilio Messages API on 127.0.0.1 for tests and benchmarks. It accepts only a form POST to the account's
 * Messages.json with the account's Basic credentials and To, From and Body (answering 404, 401 or 400 as
 * Twilio does otherwise), then answers 201 and records the message — or the injected failure.
 */
export async function startSmsGatewayStub({ delayMs = 0, failFirst, status }: SmsGatewayStubOptions = {}): Promise<SmsGatewayStub> {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const authToken = randomBytes(16).toString('hex');
  const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  const failures = { status: status ?? 503, left: failFirst ?? (status === undefined ? 0 : Infinity) };
  const received: ReceivedSms[] = [];
  const pending = new Set<NodeJS.Timeout>();

  const respond = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    if (req.method !== 'POST' || req.url !== messagesPath) return answerError(res, 404);
    if (req.headers.authorization !== authorization) return answerError(res, 401);
    const form = new URLSearchParams(raw);
    const [to, from, body] = [form.get('To'), form.get('From'), form.get('Body')];
    const isForm = req.headers['content-type']?.startsWith('application/x-www-form-urlencoded');
    if (!isForm || !to || !from || body === null)
      return answer(res, 400, { code: 21604, message: 'To, From and Body are required', status: 400 });
    if (failures.left > 0) {
      failures.left -= 1;
      return answerError(res, failures.status);
    }
    received.push({ to, from, body });
    answer(res, 201, { sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued', to, from, body });
  };

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const timer = setTimeout(() => {
      pending.delete(timer);
      respond(req, res, raw);
    }, delayMs);
    pending.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    received,
    close: async () => {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
