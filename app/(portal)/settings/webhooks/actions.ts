'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { getWebhookDeliveryPayload, retryWebhookDelivery } from '@/db/queries/webhook-delivery-log';
import { WebhookConflictError } from '@/db/queries/webhook-endpoint-access';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  sendTestEvent,
  setWebhookEndpointEnabled,
  updateWebhookEndpoint,
} from '@/db/queries/webhook-endpoints';
import type { ActionResult } from '@/lib/actions/action-result';
import { endpointFieldsSchema } from '@/lib/webhooks/endpoint-input';
import { validatedAction } from '../../../_lib/safe-action';
import { refusingSettingErrors } from '../../../_lib/setting-errors';

// Shipper actions on their own account's endpoints: the account comes from the session and the
// data-access layer checks every endpoint and delivery id against it (another account's looks unknown).
// An account manager only reads, and only a delivery's body is fetched by an action.

const SHIPPER = ['shipper'] as const;
const endpointId = z.uuid({ error: 'No such webhook endpoint.' });
const deliveryId = z.uuid({ error: 'No such webhook delivery.' });
const endpointOnly = z.strictObject({ endpointId });
const deliveryOnly = z.strictObject({ deliveryId });

const done = (message: string): ActionResult => ({ ok: true, message });

/** A write whose input the account or the endpoint's state refuses answers INVALID (field named) or CONFLICT. */
async function webhookWrite<T>(work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await refusingSettingErrors(work);
  } catch (error) {
    if (error instanceof WebhookConflictError) return { ok: false, code: 'CONFLICT', error: error.message };
    throw error;
  }
}

export const createWebhookEndpointAction = validatedAction(SHIPPER, endpointFieldsSchema, (input, actor) =>
  webhookWrite(async () => {
    const created = await createWebhookEndpoint(await getDb(), actor, input);
    return { ok: true as const, message: 'Endpoint added.', data: created };
  }),
);

export const updateWebhookEndpointAction = validatedAction(
  SHIPPER,
  z.strictObject({ endpointId, ...endpointFieldsSchema.partial().shape }),
  ({ endpointId: id, ...changes }, actor) =>
    webhookWrite(async () => {
      await updateWebhookEndpoint(await getDb(), actor, id, changes);
      return done('Endpoint saved.');
    }),
);

export const setWebhookEndpointEnabledAction = validatedAction(
  SHIPPER,
  z.strictObject({ endpointId, enabled: z.boolean({ error: 'Must be on or off.' }) }),
  ({ endpointId: id, enabled }, actor) =>
    webhookWrite(async () => {
      await setWebhookEndpointEnabled(await getDb(), actor, id, enabled);
      return done(enabled ? 'Endpoint switched on.' : 'Endpoint switched off; its queued deliveries were failed.');
    }),
);

export const rotateWebhookSecretAction = validatedAction(SHIPPER, endpointOnly, ({ endpointId: id }, actor) =>
  webhookWrite(async () => {
    await rotateWebhookSecret(await getDb(), actor, id);
    return done('New signing secret created. The previous one also signs for 24 hours.');
  }),
);

export const deleteWebhookEndpointAction = validatedAction(SHIPPER, endpointOnly, ({ endpointId: id }, actor) =>
  webhookWrite(async () => {
    await deleteWebhookEndpoint(await getDb(), actor, id);
    return done('Endpoint deleted.');
  }),
);

export const sendTestEventAction = validatedAction(SHIPPER, endpointOnly, ({ endpointId: id }, actor) =>
  webhookWrite(async () => {
    await sendTestEvent(await getDb(), actor, id);
    return done('Test event queued. It appears in the delivery log below.');
  }),
);

export const retryWebhookDeliveryAction = validatedAction(SHIPPER, deliveryOnly, ({ deliveryId: id }, actor) =>
  webhookWrite(async () => {
    await retryWebhookDelivery(await getDb(), actor, id);
    return done('Delivery queued again.');
  }),
);

export const webhookDeliveryBodyAction = validatedAction(
  ['shipper', 'account_manager'],
  deliveryOnly,
  async ({ deliveryId: id }, actor) => ({
    ok: true as const,
    data: await getWebhookDeliveryPayload(await getDb(), actor, id),
  }),
);
