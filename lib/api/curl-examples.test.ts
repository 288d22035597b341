import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { samplePackage } from '@/lib/shipping/sample-package';
import { curlExamples } from './curl-examples';
import { getRatesRequestExample, oneClickRequestExample } from './openapi/request-examples';

const run = promisify(execFile);
const KEY = `sc_live_${'k'.repeat(43)}`;
const LABEL = '%PDF-1.7 a label';
const TRACKING_ID = 'SC000000012345';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Answers like the API (the shapes the examples read) and records what it was sent. */
let received: Received[] = [];
let server: Server;
let origin: string;
let workDir: string;

function answerFor(url: string): object {
  if (url.startsWith('/shipping/v2/oneClickShipment')) {
    return {
      payload: {
        shipmentId: 'shipment-1',
        packageDocumentDetails: [
          {
            packageClientReferenceId: 'ref',
            trackingId: TRACKING_ID,
            packageDocuments: [{ type: 'LABEL', format: 'PDF', contents: Buffer.from(LABEL).toString('base64') }],
          },
        ],
      },
    };
  }
  return { payload: { answeredFor: url } };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = request.url ?? '';
      received.push({ method: request.method ?? '', url, headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(answerFor(url)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = [];
  workDir = mkdtempSync(path.join(tmpdir(), 'curl-examples-'));
  return () => rmSync(workDir, { recursive: true, force: true });
});

async function shell(script: string, env: Record<string, string> = { SC_API_KEY: KEY }) {
  return run('bash', ['-c', script], { cwd: workDir, env: { ...process.env, ...env } });
}

function referenceOf(body: string): string {
  return (JSON.parse(body) as { packages: { packageClientReferenceId: string }[] }).packages[0]!.packageClientReferenceId;
}

describe('the API page’s curl examples', () => {
  it('getRates: sends the sample package with the key from $SC_API_KEY and prints the answer', async () => {
    const { stdout } = await shell(curlExamples(origin).getRates);
    expect(JSON.parse(stdout)).toEqual({ payload: { answeredFor: '/shipping/v2/shipments/rates' } });
    const [request] = received;
    expect(request).toMatchObject({ method: 'POST', url: '/shipping/v2/shipments/rates' });
    expect(request!.headers).toMatchObject({
      'x-amz-access-token': KEY,
      'x-amzn-shipping-business-id': 'AmazonShipping_UK',
      'content-type': 'application/json',
    });
    const reference = referenceOf(request!.body);
    expect(reference).toMatch(/^sample-\d{10}-\d+$/);
    expect(JSON.parse(request!.body)).toEqual(getRatesRequestExample([samplePackage(reference)]));
  });

  it('oneClickShipment: a new reference on every run, the answer saved, the label decoded', async () => {
    const { oneClickShipment } = curlExamples(origin);
    const { stdout } = await shell(oneClickShipment);
    await shell(oneClickShipment);
    const [first, second] = received;
    expect(first).toMatchObject({ method: 'POST', url: '/shipping/v2/oneClickShipment', headers: { 'x-amz-access-token': KEY } });
    expect(JSON.parse(first!.body)).toEqual(oneClickRequestExample([samplePackage(referenceOf(first!.body))]));
    expect(referenceOf(first!.body)).not.toBe(referenceOf(second!.body));
    expect(JSON.parse(stdout)).toEqual({
      payload: { shipmentId: 'shipment-1', packageDocumentDetails: [expect.objectContaining({ trackingId: TRACKING_ID })] },
    });
    expect(stdout).not.toContain('packageDocuments');
    expect(readFileSync(path.join(workDir, 'label.pdf'), 'utf8')).toBe(LABEL);
  });

  it('tracking: asks for the tracking id of the saved answer, read with jq or without', async () => {
    const examples = curlExamples(origin);
    await shell(examples.oneClickShipment);
    await shell(examples.tracking);
    await shell(`${examples.trackingIdWithoutJq}\n${examples.tracking.split('\n').slice(1).join('\n')}`);
    const tracking = received.filter((r) => r.url.startsWith('/shipping/v2/tracking'));
    expect(tracking.map((r) => [r.method, r.url])).toEqual([
      ['GET', `/shipping/v2/tracking?trackingId=${TRACKING_ID}&carrierId=AMZN_UK`],
      ['GET', `/shipping/v2/tracking?trackingId=${TRACKING_ID}&carrierId=AMZN_UK`],
    ]);
    expect(tracking[0]!.headers['x-amz-access-token']).toBe(KEY);
  });

  it('refuse to run without a key rather than send none', async () => {
    const failed = shell(curlExamples(origin).getRates, { SC_API_KEY: '' });
    await expect(failed).rejects.toMatchObject({ stderr: expect.stringContaining('set SC_API_KEY to your API key first') });
    expect(received).toEqual([]);
  });
});
