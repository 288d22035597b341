import { describe, expect, it } from 'vitest';
import { servedOpenApiDocument } from '@/lib/api/openapi/served-document';
import { POST as getRates } from '../shipments/rates/route';
import { GET } from './route';

type ErrorResponse = { content: Record<string, { example: unknown }> };

describe('GET /shipping/v2/openapi.json', () => {
  it('serves the document as JSON to anyone, cacheable for five minutes', async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await response.json()).toEqual(servedOpenApiDocument());
  });

  it('shows as its 401 example what a request without a key really gets', async () => {
    const response = await getRates(new Request('http://portal.test/shipping/v2/shipments/rates', { method: 'POST', body: '{}' }));
    const { Unauthorized } = servedOpenApiDocument().components.responses as Record<string, ErrorResponse>;
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(Unauthorized!.content['application/json']!.example);
  });
});
