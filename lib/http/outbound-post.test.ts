import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postOutbound } from './outbound-post';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server on 127.0.0.1; returns its port. */
async function serve(handler: RequestListener): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const post = (url: string, options: { allowPrivateNetwork?: boolean; timeoutMs?: number; maxResponseBytes?: number } = {}) =>
  postOutbound(url, {
    body: '{"type":"webhook.test"}',
    headers: { 'content-type': 'application/json' },
    allowPrivateNetwork: true,
    ...options,
  });

describe('an outbound POST', () => {
  it('sends the body and headers and returns the status and answer', async () => {
    const seen: { method?: string; type?: string; length?: string; body: string }[] = [];
    const port = await serve(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      seen.push({ method: req.method, type: req.headers['content-type'], length: req.headers['content-length'], body });
      res.end('ok');
    });
    expect(await post(`http://127.0.0.1:${port}/hook`)).toEqual({ status: 200, body: 'ok' });
    expect(seen).toEqual([{ method: 'POST', type: 'application/json', length: '23', body: '{"type":"webhook.test"}' }]);
  });

  it.each([
    ['http://127.0.0.1:PORT/hook', 'refused: 127.0.0.1 is a private or loopback address'],
    ['http://[::1]:PORT/hook', 'refused: [::1] is a private or loopback address'],
    ['http://[::ffff:127.0.0.1]:PORT/hook', 'refused: [::ffff:7f00:1] is a private or loopback address'],
    ['http://2130706433:PORT/hook', 'refused: 127.0.0.1 is a private or loopback address'],
    ['http://localhost:PORT/hook', 'refused: localhost resolves to a private or loopback address'],
  ])('refuses %s outside demo mode, without connecting', async (url, message) => {
    let requests = 0;
    const port = await serve((_req, res) => {
      requests += 1;
      res.end();
    });
    await expect(post(url.replace('PORT', String(port)), { allowPrivateNetwork: false })).rejects.toThrow(message);
    expect(requests).toBe(0);
  });

  it('calls loopback addresses and names when private networks are allowed', async () => {
    const port = await serve((_req, res) => res.end('here'));
    expect(await post(`http://127.0.0.1:${port}/`)).toEqual({ status: 200, body: 'here' });
    expect(await post(`http://localhost:${port}/`)).toEqual({ status: 200, body: 'here' });
  });

  it.each([
    ['ftp://example.com/hook', 'refused: ftp: URLs are not called'],
    ['file:///etc/passwd', 'refused: file: URLs are not called'],
    ['not a url', 'refused: not a URL'],
  ])('refuses %s', async (url, message) => {
    await expect(post(url)).rejects.toThrow(message);
  });

  it('returns a redirect as its status without following it', async () => {
    const paths: string[] = [];
    const port = await serve((req, res) => {
      paths.push(req.url!);
      res.writeHead(302, { location: '/elsewhere' }).end();
    });
    expect(await post(`http://127.0.0.1:${port}/hook`)).toEqual({ status: 302, body: '' });
    expect(paths).toEqual(['/hook']);
  });

  it('gives up on a server that does not answer in time', async () => {
    const port = await serve(() => undefined);
    await expect(post(`http://127.0.0.1:${port}/`, { timeoutMs: 100 })).rejects.toThrow('timed out after 100ms');
  });

  it('counts the time to read the answer too', async () => {
    const port = await serve((_req, res) => res.writeHead(200).write('partial'));
    await expect(post(`http://127.0.0.1:${port}/`, { timeoutMs: 100 })).rejects.toThrow('timed out after 100ms');
  });

  it('reads no more than the cap of a 10 MB answer and stops the server sending the rest', async () => {
    const total = 10 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    let stopped!: Promise<void>;
    const port = await serve(async (_req, res) => {
      stopped = new Promise((resolve) => res.on('close', resolve));
      res.writeHead(200, { 'content-type': 'text/plain' });
      // A chunk every few milliseconds, so socket buffers cannot swallow the whole answer before the client hangs up.
      while (written < total && !res.destroyed) {
        written += chunk.length;
        res.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      res.end();
    });
    const answer = await post(`http://127.0.0.1:${port}/`, { maxResponseBytes: 1000 });
    expect(answer).toEqual({ status: 200, body: 'a'.repeat(1000) });
    await stopped;
    expect(written).toBeLessThan(1024 * 1024);
  });
});
