// The carrier's model, unchanged, with its licence (tests/fixtures/README.md): the contract tests check the API against the same file.
import carrierModel from '@/tests/fixtures/shippingV2.json';
import { buildOpenApiDocument, type CarrierModel, type OpenApiDocument } from './document';

/** The carrier's model the document is built on. */
export const CARRIER_MODEL: CarrierModel = carrierModel;

let built: OpenApiDocument | undefined;

/** The document `GET /shipping/v2/openapi.json` serves: built once per process, it never changes while it runs. */
export function servedOpenApiDocument(): OpenApiDocument {
  built ??= buildOpenApiDocument(CARRIER_MODEL);
  return built;
}
