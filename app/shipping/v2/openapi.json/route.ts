import { servedOpenApiDocument } from '@/lib/api/openapi/served-document';

/** The API's OpenAPI document: public (it holds no account data), so the API page and any tool can read it. */
export function GET(): Response {
  return Response.json(servedOpenApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } });
}
