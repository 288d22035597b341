import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { forEachConcurrently } from '@/lib/async/for-each-concurrently';
import { postOutbound } from '@/lib/http/outbound-post';
import { WEBHOOK_RETRY_POLICY, type RetryPolicy } from '@/lib/outbox/retry-policy';
import { passcodeKeys } from '@/lib/passcode';
import { openWebhookSecret } from '@/lib/webhooks/secret-seal';
import { signedHeaders } from '@/lib/webhooks/signing';
import type { DbOrTx } from '../client';
import { claimDueRows, recordFailedTry } from '../queries/outbox-rows';
import { type EndpointTries, recordEndpointTries } from '../queries/webhook-endpoint-health';
import { type WebhookDelivery, webhookDeliveries, webhookEndpoints } from '../schema';
import { type BatchReport, describeSendError, type SendOptions } from './message-sender';

export interface WebhookSendOptions extends SendOptions {
  /** Demo mode only: endpoints on this machine (http://localhost) may be called. */
  allowPrivateNetwork: boolean;
  timeoutMs?: number;
}

interface Target {
  url: string;
  enabled: boolean;
  secrets: string[];
}

/** The endpoints of a batch with the secrets that sign for them now: the current one, and the previous during its overlap. */
async function targetsOf(db: DbOrTx, rows: readonly WebhookDelivery[]): Promise<Map<string, Target>> {
  const ids = [...new Set(rows.map((r) => r.endpointId))];
  const endpoints = await db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      enabled: webhookEndpoints.enabled,
      secret: webhookEndpoints.secretCiphertext,
      previous: sql<
        string | null
      >`case when ${webhookEndpoints.previousSecretExpiresAt} > now() then ${webhookEndpoints.previousSecretCiphertext} end`,
    })
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.id, ids));
  const { encryptionKey } = passcodeKeys();
  return new Map(
    endpoints.map((e) => [
      e.id,
      {
        url: e.url,
        enabled: e.enabled,
        secrets: [e.secret, e.previous].filter((s): s is string => s !== null).map((s) => openWebhookSecret(s, e.id, encryptionKey)),
      },
    ]),
  );
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string; permanent: boolean };

async function deliver(row: WebhookDelivery, target: Target | undefined, options: WebhookSendOptions): Promise<Outcome> {
  if (!target?.enabled) return { ok: false, status: null, error: 'endpoint switched off', permanent: true };
  try {
    const headers = signedHeaders({ messageId: row.messageId, timestamp: new Date(), body: row.payload, secrets: target.secrets });
    const answer = await postOutbound(target.url, {
      body: row.payload,
      headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'ShipperCentral-Webhooks/1.0' },
      allowPrivateNetwork: options.allowPrivateNetwork,
      timeoutMs: options.timeoutMs,
    });
    if (answer.status >= 200 && answer.status < 300) return { ok: true, status: answer.status };
    return { ok: false, status: answer.status, error: `endpoint answered ${answer.status}`, permanent: false };
  } catch (error) {
    return { ok: false, status: null, error: describeSendError(error), permanent: false };
  }
}

function tally(tries: Map<string, EndpointTries>, endpointId: string, outcome: Outcome): void {
  const t = tries.get(endpointId) ?? { endpointId, succeeded: 0, failed: 0, lastError: null };
  if (outcome.ok) t.succeeded += 1;
  else {
    t.failed += 1;
    t.lastError = outcome.error;
  }
  tries.set(endpointId, t);
}

/**
 * One round of webhook delivery: claims due deliveries, signs each body per Standard Webhooks with the
 * endpoint's secret(s) at the moment of the try, POSTs it (private addresses refused outside demo mode),
 * records each outcome, and keeps each endpoint's run of failures (switching it off after too many).
 */
export async function sendDueWebhooks(db: DbOrTx, options: WebhookSendOptions): Promise<BatchReport> {
  const policy: RetryPolicy = options.policy ?? WEBHOOK_RETRY_POLICY;
  const rows = await claimDueRows(db, webhookDeliveries, options.batchSize);
  const report: BatchReport = { claimed: rows.length, sent: 0, retrying: 0, failed: 0 };
  if (rows.length === 0) return report;
  const targets = await targetsOf(db, rows);
  const tries = new Map<string, EndpointTries>();
  await forEachConcurrently(rows, options.concurrency, async (row) => {
    const outcome = await deliver(row, targets.get(row.endpointId), options);
    const where = and(eq(webhookDeliveries.id, row.id), eq(webhookDeliveries.status, 'pending'));
    if (outcome.ok) {
      await db
        .update(webhookDeliveries)
        .set({ status: 'sent', sentAt: sql`now()`, lastError: null, responseStatus: outcome.status })
        .where(where);
      report.sent += 1;
    } else {
      await db.update(webhookDeliveries).set({ responseStatus: outcome.status }).where(where);
      const failure = { id: row.id, attempts: row.attempts, error: outcome.error, permanent: outcome.permanent };
      if ((await recordFailedTry(db, webhookDeliveries, failure, policy)) === 'failed') report.failed += 1;
      else report.retrying += 1;
    }
    if (targets.get(row.endpointId)?.enabled) tally(tries, row.endpointId, outcome);
  });
  await recordEndpointTries(db, [...tries.values()]);
  return report;
}
