export interface ApiCallLine {
  /** The carrier's operation name: getRates, oneClickShipment, getTracking. */
  operation: string;
  /** Null when the request carried no valid key. */
  keyId: string | null;
  status: number;
  durationMs: number;
}

/**
 * One JSON line per API call for monitoring: which key, which operation, how it ended and how long it took.
 * Never a body, a key or a passcode: only these fields exist.
 */
export function logApiCall(line: ApiCallLine): void {
  console.info(
    JSON.stringify({
      event: 'api_call',
      operation: line.operation,
      keyId: line.keyId,
      status: line.status,
      durationMs: Math.round(line.durationMs * 10) / 10,
    }),
  );
}
