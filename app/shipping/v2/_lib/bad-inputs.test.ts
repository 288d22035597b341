import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseShipmentFile } from '@/lib/upload/parse-file';
import { createApiShipper } from '@/tests/support/api-shipper';
import { errorMessages, type ShippingApi } from '@/tests/support/shipping-v2-client';

// The upload's own bad-input files: whatever the upload refuses, the API refuses too, naming the same fields.
const FIXTURES = fileURLToPath(new URL('../../../../tests/fixtures/bad-uploads/', import.meta.url));
const JSON_FIXTURES = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));

const ONE_CLICK_FIELDS = {
  labelSpecifications: {
    format: 'PDF',
    size: { width: 4, length: 6, unit: 'INCH' },
    needFileJoining: false,
    requestedDocumentTypes: ['LABEL'],
  },
  serviceSelection: { serviceId: ['SWA-UK-STD'] },
};

/** What the upload makes of a file: the fields it names in rejected rows, or its whole-file refusal message. */
function uploadVerdict(bytes: Buffer): { refused: false } | { refused: true; fields: string[]; whole: string | null } {
  const outcome = parseShipmentFile(bytes);
  if (!outcome.ok) return { refused: true, fields: [], whole: outcome.message };
  if (outcome.rejected.length === 0) return { refused: false };
  return { refused: true, fields: outcome.rejected.flatMap((row) => row.errors.map((error) => error.field)), whole: null };
}

/**
 * The same request as a oneClickShipment: the one-click fields written in after its opening brace, the rest of
 * the text untouched (so duplicate or forbidden keys stay, at the same line and column).
 */
function asOneClick(bytes: Buffer): Buffer {
  const text = bytes.toString('utf8');
  const brace = text.indexOf('{');
  return Buffer.from(`${text.slice(0, brace + 1)}${JSON.stringify(ONE_CLICK_FIELDS).slice(1, -1)},${text.slice(brace + 1)}`);
}

let api: ShippingApi;
beforeAll(async () => {
  api = (await createApiShipper('UK')).api;
});

describe.each(['getRates', 'oneClickShipment'] as const)('%s and the upload’s bad-input files', (operation) => {
  it('covers some files the upload refuses', () => {
    expect(JSON_FIXTURES.filter((name) => uploadVerdict(readFileSync(FIXTURES + name)).refused).length).toBeGreaterThanOrEqual(10);
  });

  it.each(JSON_FIXTURES)('%s', async (name) => {
    const file = readFileSync(FIXTURES + name);
    const verdict = uploadVerdict(file);
    const body = operation === 'getRates' ? file : asOneClick(file);
    const answer = await api.postRaw(operation, new Uint8Array(body), { 'content-type': 'application/json' });
    if (!verdict.refused) {
      expect(answer.status).toBe(200);
      return;
    }
    expect(answer.status).toBe(400);
    const messages = errorMessages(answer);
    for (const field of verdict.fields) {
      expect(messages.some((message) => message.startsWith(`${field}: `))).toBe(true);
    }
    const place = verdict.whole?.match(/line \d+, column \d+ \([^)]*\)/)?.[0];
    if (place) expect(messages.join('\n')).toContain(place);
  });
});
