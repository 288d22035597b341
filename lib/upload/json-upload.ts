import { DuplicateReferences } from './duplicate-references';
import { collectRequest, type JsonCollector } from './json-request';
import { scanJson, type TopLevelSpan } from './json-scan';
import type { UploadLimits } from './limits';
import type { FileRefusal, ParseOutcome } from './types';

interface RequestSpan {
  label: string;
  span: TopLevelSpan;
}

function tooMany(limits: UploadLimits): FileRefusal {
  return {
    ok: false,
    status: 413,
    code: 'TOO_MANY_PACKAGES',
    message: `The file holds more than ${limits.maxPackages} packages; the limit is ${limits.maxPackages} per file.`,
  };
}

function packagesIn(value: unknown): number {
  const packages = typeof value === 'object' && value !== null ? (value as { packages?: unknown }).packages : undefined;
  return Array.isArray(packages) ? Math.max(packages.length, 1) : 1;
}

/** JSON: one request, an array of requests, or NDJSON (one request per line). */
export function parseJsonUpload(text: string, limits: UploadLimits): ParseOutcome {
  const scan = scanJson(text, limits);
  if (!scan.ok) {
    const status = scan.code === 'STRING_TOO_LONG' ? 422 : 400;
    const lead = scan.code === 'JSON_SYNTAX' ? 'The JSON cannot be read' : 'The file is refused';
    return { ok: false, status, code: scan.code, message: `${lead}: ${scan.message}.` };
  }
  const [first] = scan.spans;
  let requests: RequestSpan[];
  let format: 'json' | 'ndjson' = 'json';
  if (scan.spans.length > 1) {
    format = 'ndjson';
    requests = scan.spans.map((span) => ({ label: `line ${span.line}`, span }));
  } else if (first && text.charCodeAt(first.start) === 0x5b) {
    requests = scan.elements.map((span, index) => ({ label: `request ${index + 1}`, span }));
  } else {
    requests = first ? [{ label: 'request 1', span: first }] : [];
  }
  if (requests.length === 0) {
    return { ok: false, status: 422, code: 'NO_PACKAGES', message: 'The file holds no shipment requests.' };
  }
  if (requests.length > limits.maxPackages) return tooMany(limits);

  // One request's tree at a time: the whole file is never held as parsed objects.
  const out: JsonCollector = { packages: [], rejected: [], references: new DuplicateReferences() };
  let count = 0;
  for (const { label, span } of requests) {
    // The scan accepted exactly JSON.parse's grammar, minus duplicate and unsafe keys.
    const value: unknown = JSON.parse(span.start === 0 && span.end === text.length ? text : text.slice(span.start, span.end));
    count += packagesIn(value);
    if (count > limits.maxPackages) return tooMany(limits);
    collectRequest(value, label, out);
  }
  return { ok: true, format, packages: out.packages, rejected: out.rejected };
}
