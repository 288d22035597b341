import { samplePackage } from '@/lib/shipping/sample-package';
import { BUSINESS_ID_HEADER, businessIdOf } from './business-id';
import { CARRIER } from '@/lib/shipping/services';
import { getRatesRequestExample, oneClickRequestExample } from './openapi/request-examples';

/** The shell variable each example reads the API key from. */
export const API_KEY_VARIABLE = 'SC_API_KEY';
/** Where the oneClickShipment example saves its answer, for the tracking example to read the tracking id from. */
export const ONE_CLICK_ANSWER_FILE = 'oneclick.json';

export interface CurlExamples {
  setKey: string;
  getRates: string;
  oneClickShipment: string;
  tracking: string;
  trackingIdWithoutJq: string;
}

// A new reference on every run (seconds and a random number), so the shipment example is a new shipment each time.
const NEW_REFERENCE = 'REF="sample-$(date +%s)-$RANDOM"';
// Unset or empty, the shell refuses to run the command and says why, rather than send no key.
const KEY_HEADER = `-H "x-amz-access-token: \${${API_KEY_VARIABLE}:?set ${API_KEY_VARIABLE} to your API key first}"`;
const BUSINESS_HEADER = `-H "${BUSINESS_ID_HEADER}: ${businessIdOf('UK')}"`;
const JSON_HEADER = '-H "content-type: application/json"';

/** One command over several lines, each continued with a backslash. */
function command(parts: string[]): string {
  return parts.join(' \\\n  ');
}

/** A command that sends `body` from a heredoc: the body's "$REF" is the shell variable above. */
function withBody(parts: string[], body: object): string {
  return [command([...parts, JSON_HEADER, '--data-binary @- <<EOF']), JSON.stringify(body, null, 2), 'EOF'].join('\n');
}

/** Copy-paste commands for the three operations against the portal at `origin`, with the announcement's sample package. */
export function curlExamples(origin: string): CurlExamples {
  const packages = [samplePackage('$REF')];
  return {
    setKey: `export ${API_KEY_VARIABLE}='sc_live_…'   # your key from Settings → API keys`,
    getRates: [
      NEW_REFERENCE,
      withBody(
        [`curl -sS -w '\\n' "${origin}/shipping/v2/shipments/rates"`, KEY_HEADER, BUSINESS_HEADER],
        getRatesRequestExample(packages),
      ),
    ].join('\n'),
    oneClickShipment: [
      NEW_REFERENCE,
      withBody(
        [`curl -sS -o ${ONE_CLICK_ANSWER_FILE} "${origin}/shipping/v2/oneClickShipment"`, KEY_HEADER, BUSINESS_HEADER],
        oneClickRequestExample(packages),
      ),
      '# The answer without the label, then the label itself:',
      `jq 'del(.payload.packageDocumentDetails[]?.packageDocuments)' ${ONE_CLICK_ANSWER_FILE}`,
      `jq -r '.payload.packageDocumentDetails[0].packageDocuments[0].contents' ${ONE_CLICK_ANSWER_FILE} | base64 -d > label.pdf`,
    ].join('\n'),
    tracking: [
      `TRACKING_ID=$(jq -r '.payload.packageDocumentDetails[0].trackingId' ${ONE_CLICK_ANSWER_FILE})`,
      command([
        `curl -sS -w '\\n' "${origin}/shipping/v2/tracking?trackingId=$TRACKING_ID&carrierId=${CARRIER.id}"`,
        KEY_HEADER,
        BUSINESS_HEADER,
      ]),
    ].join('\n'),
    trackingIdWithoutJq: `TRACKING_ID=$(grep -o '"trackingId":"[^"]*"' ${ONE_CLICK_ANSWER_FILE} | head -n 1 | cut -d '"' -f 4)`,
  };
}
