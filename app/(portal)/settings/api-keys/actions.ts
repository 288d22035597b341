'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { type CreatedApiKey, createApiKey, revokeApiKey } from '@/db/queries/api-keys';
import type { ActionResult } from '@/lib/actions/action-result';
import { apiKeyFormSchema } from '@/lib/api/api-key-input';
import { validatedAction } from '../../../_lib/safe-action';
import { refusingSettingErrors } from '../../../_lib/setting-errors';

// A shipper's keys of their own account: the account comes from the session, and the data-access layer
// checks every key id against it (another account's key looks unknown).

const SHIPPER = ['shipper'] as const;

export const createApiKeyAction = validatedAction(SHIPPER, apiKeyFormSchema, ({ name }, actor) =>
  refusingSettingErrors(async (): Promise<ActionResult<CreatedApiKey>> => {
    const created = await createApiKey(await getDb(), actor, name);
    return { ok: true, message: 'Key created. Copy it now: it will not be shown again.', data: created };
  }),
);

export const revokeApiKeyAction = validatedAction(
  SHIPPER,
  z.strictObject({ keyId: z.uuid({ error: 'No such API key.' }) }),
  async ({ keyId }, actor) => {
    await revokeApiKey(await getDb(), actor, keyId);
    return { ok: true, message: 'Key revoked. Requests with it are refused from now on.' };
  },
);
