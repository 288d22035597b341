/** Where the portal serves the API's OpenAPI document (app/shipping/v2/openapi.json/route.ts). */
export const OPENAPI_PATH = '/shipping/v2/openapi.json';
