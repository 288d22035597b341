import 'server-only';
import { getDb, type Db } from '@/db/client';
import { ownAccountId } from '@/db/queries/access';
import { authenticateApiKey, type ApiAuth } from '@/db/queries/api-keys';
import { apiKeyFromHeaders } from '@/lib/api/api-key';
import { apiFailure, internalFailure, type ApiFailure } from '@/lib/api/errors';
import type { ApiOperation } from '@/lib/api/shipping-v2-types';
import type { Actor } from '@/lib/auth/actor';
import { logApiCall } from '@/lib/log/api-call';
import { apiResponse, type ApiResult } from './api-response';

/** The status logged for a request its client abandoned (nginx's convention; never sent). */
const CLIENT_CLOSED_REQUEST = 499;

/** An authenticated API call: its key, the account the key belongs to, and the clock it was judged by. */
export interface ApiCall {
  request: Request;
  db: Db;
  keyId: string;
  actor: Actor;
  accountId: string;
  now: Date;
}

function refusalOf(auth: Exclude<ApiAuth, { ok: true }>): ApiFailure {
  if (auth.status === 401) return apiFailure(401, 'Unauthorized', auth.message);
  return { ...apiFailure(429, 'QuotaExceeded', auth.message), retryAfterSeconds: auth.retryAfterSeconds };
}

/**
 * A route handler of the carrier-compatible API: the key (x-amz-access-token or Authorization: Bearer) is
 * checked and its rate limit taken in one statement before anything else; every answer, error or not, is the
 * model's shape; an unexpected failure is a 500 without its cause; and each call is logged as one line.
 */
export function apiRoute(operation: ApiOperation, handle: (call: ApiCall) => Promise<ApiResult>): (request: Request) => Promise<Response> {
  return async (request) => {
    const started = performance.now();
    let keyId: string | null = null;
    let result: ApiResult;
    try {
      const db = await getDb();
      const now = new Date();
      const auth = await authenticateApiKey(db, apiKeyFromHeaders(request.headers), now);
      if (auth.ok) {
        keyId = auth.keyId;
        result = await handle({ request, db, keyId, actor: auth.actor, accountId: ownAccountId(auth.actor), now });
      } else {
        if (auth.status === 429) keyId = auth.keyId;
        result = refusalOf(auth);
      }
    } catch (error) {
      // A client that hung up mid-request is not our failure: logged with its status, without a stack.
      if (!request.signal.aborted) console.error(`API ${operation} failed`, error);
      result = internalFailure();
    }
    const response = apiResponse(result);
    const status = request.signal.aborted ? CLIENT_CLOSED_REQUEST : response.status;
    logApiCall({ operation, keyId, status, durationMs: performance.now() - started });
    return response;
  };
}
