'use client';

import { ApiReferenceReact } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';
import { OPENAPI_PATH } from '@/lib/api/openapi/path';

/**
 * Scalar, configured to reach nothing but this portal: the document and "Test Request" go to our own
 * origin (no proxy); no web fonts (they come from Scalar's servers), no telemetry, no AI agent, MCP
 * or developer tools (each calls Scalar's services). One constant, so the reference is never rebuilt.
 */
const CONFIGURATION = {
  url: OPENAPI_PATH,
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: 'never',
  documentDownloadType: 'none',
  urlRouting: false,
  showSidebar: false,
  hideDarkModeToggle: true,
  forceDarkModeState: 'light',
  persistAuth: false,
  defaultHttpClient: { targetKey: 'shell', clientKey: 'curl' },
  authentication: { preferredSecurityScheme: 'AccessToken' },
  // The portal's fonts; and no "Open API Client" link, which hands the document's address to Scalar's hosted client.
  customCss: [
    '.scalar-app { --scalar-font: var(--font-sans, ui-sans-serif, system-ui, sans-serif); --scalar-font-code: var(--font-mono, ui-monospace, monospace); }',
    '.open-api-client-button { display: none !important; }',
  ].join('\n'),
} as const;

export default function ScalarReference() {
  return <ApiReferenceReact configuration={CONFIGURATION} />;
}
