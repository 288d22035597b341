'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { retryFailedMessage } from '@/db/queries/shipper-message-log';
import { validatedAction } from '../../../_lib/safe-action';

export const retryMessage = validatedAction(
  ['shipper', 'account_manager'],
  z.strictObject({ messageId: z.uuid({ error: 'No such failed message.' }) }),
  async ({ messageId }, actor) => {
    await retryFailedMessage(await getDb(), actor, messageId);
    return { ok: true, message: 'The message is queued to be sent again.' };
  },
);
