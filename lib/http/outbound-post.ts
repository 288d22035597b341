import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress, isPrivateAddressHost } from './private-address';

export interface OutboundPostOptions {
  body: string;
  headers: Record<string, string>;
  /** Demo mode only: loopback and private-network addresses may be called. */
  allowPrivateNetwork: boolean;
  /** For the whole exchange: connecting, sending and reading the answer. */
  timeoutMs?: number;
  /** The answer's body is cut here; the rest is not read. */
  maxResponseBytes?: number;
}

export interface OutboundAnswer {
  status: number;
  body: string;
}

/**
 * `dns.lookup`, failing when any address the name resolves to is private. It runs as the socket connects, so
 * the address checked is the address connected to: a name cannot pass a check and then resolve elsewhere.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    if (addresses.some((a) => isPrivateAddress(a.address))) {
      return callback(new Error(`refused: ${hostname} resolves to a private or loopback address`), '');
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    if (!first) return callback(new Error(`refused: ${hostname} resolves to no address`), '');
    callback(null, first.address, first.family);
  });
};

const agentsFor = (options: http.AgentOptions) => ({ http: new http.Agent(options), https: new https.Agent(options) });

// Separate pools: a kept-alive connection opened where private addresses were allowed is never reused where they are not.
const publicOnlyAgents = agentsFor({ keepAlive: true, lookup: publicOnlyLookup });
const anyAddressAgents = agentsFor({ keepAlive: true });

function targetOf(url: string, allowPrivateNetwork: boolean): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new Error('refused: not a URL');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error(`refused: ${target.protocol} URLs are not called`);
  // An IP literal is connected to without a lookup, so the lookup's check cannot see it.
  if (!allowPrivateNetwork && isPrivateAddressHost(target.hostname)) {
    throw new Error(`refused: ${target.hostname} is a private or loopback address`);
  }
  return target;
}

/**
 * POSTs to a URL someone outside typed (a webhook endpoint), defended against server-side request forgery:
 * private and loopback addresses are refused unless allowed, redirects are never followed (a 3xx is just
 * its status), the whole exchange is cut off after `timeoutMs`, and at most `maxResponseBytes` of the answer
 * are read.
 */
export function postOutbound(
  url: string,
  { body, headers, allowPrivateNetwork, timeoutMs = 10_000, maxResponseBytes = 64 * 1024 }: OutboundPostOptions,
): Promise<OutboundAnswer> {
  return new Promise((resolve, reject) => {
    const target = targetOf(url, allowPrivateNetwork);
    const agents = allowPrivateNetwork ? anyAddressAgents : publicOnlyAgents;
    const secure = target.protocol === 'https:';
    const request = (secure ? https : http).request(target, {
      method: 'POST',
      agent: secure ? agents.https : agents.http,
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    });
    const timer = setTimeout(() => {
      reject(new Error(`timed out after ${timeoutMs}ms`));
      request.destroy();
    }, timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let received = 0;
      const finish = () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      };
      response.on('error', fail);
      response.on('end', finish);
      response.on('data', (chunk: Buffer) => {
        const kept = chunk.subarray(0, maxResponseBytes - received);
        chunks.push(kept);
        received += kept.length;
        if (received < maxResponseBytes) return;
        finish();
        response.destroy();
      });
    });
    request.end(body);
  });
}
