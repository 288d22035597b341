import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PermanentSendError } from '@/lib/outbox/send-errors';
import { type SmsGatewayStub, type SmsGatewayStubOptions, startSmsGatewayStub } from '@/tests/support/sms-gateway-stub';
import { smsGatewayTransport } from './sms-gateway';
import type { SendableMessage } from './transport';

const message: SendableMessage = { channel: 'sms', to: '+447700900123', subject: null, body: 'Your passcode is 482913' };
const FROM = '+447700900001';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function stub(options?: SmsGatewayStubOptions): Promise<SmsGatewayStub> {
  const started = await startSmsGatewayStub(options);
  cleanups.push(started.close);
  return started;
}

const transportTo = (gateway: SmsGatewayStub, timeoutMs?: number) =>
  smsGatewayTransport({ baseUrl: gateway.url, accountSid: gateway.accountSid, authToken: gateway.authToken, from: FROM, timeoutMs });

/** A gateway answering each request as `handle` does, and the number of connections it was opened. */
async function gatewayServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; connections: () => number }> {
  const server: Server = createServer(handle);
  let connections = 0;
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

/** A gateway that answers every request with this status and raw text. */
async function rawGateway(status: number, text: string): Promise<string> {
  return (await gatewayServer((_req, res) => res.writeHead(status, { 'content-type': 'text/plain' }).end(text))).url;
}

async function failureOf(send: Promise<void>): Promise<Error> {
  const error = await send.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected the send to fail');
  return error;
}

describe('the SMS gateway transport', () => {
  it('POSTs To, From and Body as a form to the account’s Messages.json with Basic auth, and a 201 is sent', async () => {
    const gateway = await stub();
    const transport = transportTo(gateway);
    expect(transport.name).toBe('sms-gateway');
    await transport.send(message);
    expect(gateway.received).toEqual([{ to: '+447700900123', from: FROM, body: 'Your passcode is 482913' }]);
  });

  it('is refused by the stub with the wrong credentials or account, permanently', async () => {
    const gateway = await stub();
    const wrongToken = smsGatewayTransport({ baseUrl: gateway.url, accountSid: gateway.accountSid, authToken: 'wrong', from: FROM });
    const wrongAccount = smsGatewayTransport({ baseUrl: gateway.url, accountSid: 'AC0', authToken: gateway.authToken, from: FROM });
    const refusals = [await failureOf(wrongToken.send(message)), await failureOf(wrongAccount.send(message))];
    expect(refusals.map((e) => [e instanceof PermanentSendError, e.message])).toEqual([
      [true, 'SMS gateway answered 401: Authenticate'],
      [true, 'SMS gateway answered 404: The requested resource was not found'],
    ]);
    expect(gateway.received).toEqual([]);
  });

  it('takes a base URL with a trailing slash', async () => {
    const gateway = await stub();
    await transportTo({ ...gateway, url: `${gateway.url}/` }).send(message);
    expect(gateway.received).toHaveLength(1);
  });

  it('fails permanently on a 400, with Twilio’s message and neither the body nor the token', async () => {
    const gateway = await stub({ status: 400 });
    const error = await failureOf(transportTo(gateway).send(message));
    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error.message).toBe("SMS gateway answered 400: The 'To' number is not a valid phone number.");
  });

  it.each([503, 429])('fails retryably on a %i, and the next try goes through', async (status) => {
    const gateway = await stub({ status, failFirst: 1 });
    const transport = transportTo(gateway);
    const error = await failureOf(transport.send(message));
    expect(error).not.toBeInstanceOf(PermanentSendError);
    expect(error.message).toMatch(new RegExp(`^SMS gateway answered ${status}: `));
    await transport.send(message);
    expect(gateway.received).toHaveLength(1);
  });

  it('gives up retryably on a gateway that does not answer in time', async () => {
    const gateway = await stub({ delayMs: 60_000 });
    const started = Date.now();
    const error = await failureOf(transportTo(gateway, 100).send(message));
    expect(error).not.toBeInstanceOf(PermanentSendError);
    expect(error.message).toBe('SMS gateway did not answer within 100ms');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails retryably when nothing listens', async () => {
    const gateway = await startSmsGatewayStub();
    await gateway.close();
    const error = await failureOf(transportTo(gateway).send(message));
    expect(error).not.toBeInstanceOf(PermanentSendError);
    expect(error.message).toMatch(/^SMS gateway unreachable: .*ECONNREFUSED/);
  });

  it('quotes the start of a body that is not JSON, with an echoed message or token blanked', async () => {
    const authToken = 'token-1234';
    const text = `rejected ${authToken} for: ${message.body} ${'x'.repeat(300)}`;
    const transport = smsGatewayTransport({ baseUrl: await rawGateway(422, text), accountSid: 'AC1', authToken, from: FROM });
    const error = await failureOf(transport.send(message));
    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error.message).toBe(`SMS gateway answered 422: ${'rejected [redacted] for: [redacted] '.concat('x'.repeat(300)).slice(0, 200)}`);
    expect(error.message).not.toContain('482913');
  });

  it('sends a body beyond ASCII intact', async () => {
    const gateway = await stub();
    const body = 'Ihr Code: 482913 – gültig 10 Minuten ✓ 📦';
    await transportTo(gateway).send({ ...message, body });
    expect(gateway.received).toEqual([{ to: message.to, from: FROM, body }]);
  });

  it('keeps its connection alive: sends one after another go over one socket', async () => {
    const ports: number[] = [];
    const gateway = await gatewayServer((req, res) => {
      ports.push(req.socket.remotePort ?? 0);
      req.resume().on('end', () => res.writeHead(201, { 'content-type': 'application/json' }).end('{"sid":"SM1"}'));
    });
    const transport = smsGatewayTransport({ baseUrl: gateway.url, accountSid: 'AC1', authToken: 'token', from: FROM });
    for (let i = 0; i < 3; i += 1) await transport.send(message);
    expect(gateway.connections()).toBe(1);
    expect(new Set(ports).size).toBe(1);
  });

  it('reads no more than 64 KB of an answer, however long it goes on, and still quotes its start', async () => {
    const gateway = await gatewayServer((_req, res) => {
      res.writeHead(422, { 'content-type': 'text/plain' });
      const more = () => {
        while (!res.destroyed && res.write(`too long ${'y'.repeat(16 * 1024)}`));
      };
      res.on('drain', more);
      more();
    });
    const transport = smsGatewayTransport({ baseUrl: gateway.url, accountSid: 'AC1', authToken: 'token', from: FROM, timeoutMs: 5_000 });
    const error = await failureOf(transport.send(message));
    expect(error).toBeInstanceOf(PermanentSendError);
    expect(error.message).toBe(`SMS gateway answered 422: too long ${'y'.repeat(191)}`);
  });

  it('gives up retryably on an answer whose body does not arrive in time', async () => {
    const gateway = await gatewayServer((_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' }).write('{"sid":');
    });
    const transport = smsGatewayTransport({ baseUrl: gateway.url, accountSid: 'AC1', authToken: 'token', from: FROM, timeoutMs: 100 });
    const error = await failureOf(transport.send(message));
    expect(error).not.toBeInstanceOf(PermanentSendError);
    expect(error.message).toBe('SMS gateway did not answer within 100ms');
  });

  it('fails retryably when the connection drops mid-answer', async () => {
    const gateway = await gatewayServer((_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json', 'content-length': '100' }).write('{"sid":');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const error = await failureOf(
      smsGatewayTransport({ baseUrl: gateway.url, accountSid: 'AC1', authToken: 'token', from: FROM }).send(message),
    );
    expect(error).not.toBeInstanceOf(PermanentSendError);
    expect(error.message).toMatch(/^SMS gateway unreachable: /);
  });
});
