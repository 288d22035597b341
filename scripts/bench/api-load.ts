/** autocannon against the API: one operation's throughput, and one key's limiter second by second. */
import { BUSINESS_ID_HEADER, businessIdOf } from '../../lib/api/business-id';
import { type AutocannonRequest, type LoadFigures, loadFiguresOf, runAutocannon } from './autocannon';

export interface ApiRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Called for each request: a new body or path (a unique reference, a random tracking id). */
  vary?: () => { path?: string; body?: string };
}

export interface OperationFigures extends LoadFigures {
  statusCodes: Record<string, number>;
}

function autocannonRequest(key: string, request: ApiRequest): AutocannonRequest {
  const headers: Record<string, string> = { 'x-amz-access-token': key, [BUSINESS_ID_HEADER]: businessIdOf('UK') };
  if (request.method === 'POST') headers['content-type'] = 'application/json';
  return {
    method: request.method,
    path: request.path,
    headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(request.vary ? { setupRequest: (r: AutocannonRequest) => ({ ...r, ...request.vary!() }) } : {}),
  };
}

/** One request as autocannon will send it, checked to answer 200 before the load starts. */
export async function checkRequest(base: string, key: string, request: ApiRequest): Promise<unknown> {
  const { method, headers, path, body } = { ...autocannonRequest(key, request), ...request.vary?.() };
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const answer: unknown = await response.json();
  if (response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer;
}

export async function loadOperation(options: {
  base: string;
  key: string;
  request: ApiRequest;
  connections: number;
  seconds: number;
}): Promise<OperationFigures> {
  const result = await runAutocannon({
    url: options.base,
    connections: options.connections,
    duration: options.seconds,
    requests: [autocannonRequest(options.key, options.request)],
  });
  return {
    ...loadFiguresOf(result),
    errors: result.errors + result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
}

export interface LimiterSecond {
  second: number;
  ok: number;
  limited: number;
  other: number;
}

/** One key driven at `rate` requests a second: how many got through (2xx) and how many were limited (429), each second. */
export async function measureLimiter(options: {
  base: string;
  key: string;
  request: ApiRequest;
  rate: number;
  seconds: number;
}): Promise<LimiterSecond[]> {
  const started = Date.now();
  const seconds: LimiterSecond[] = [];
  await runAutocannon(
    {
      url: options.base,
      connections: 20,
      duration: options.seconds,
      overallRate: options.rate,
      requests: [autocannonRequest(options.key, options.request)],
    },
    (statusCode) => {
      const second = Math.floor((Date.now() - started) / 1000);
      while (seconds.length <= second) seconds.push({ second: seconds.length + 1, ok: 0, limited: 0, other: 0 });
      const row = seconds[second]!;
      if (statusCode >= 200 && statusCode < 300) row.ok += 1;
      else if (statusCode === 429) row.limited += 1;
      else row.other += 1;
    },
  );
  return seconds;
}
