'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import {
  updateNotificationSwitches,
  writeThreshold,
  type NotificationSwitches,
  type ThresholdSetting,
} from '@/db/queries/account-settings';
import { previewOtpEligibility, type OtpPreview } from '@/db/queries/otp-preview';
import { previewInputSchema } from '@/lib/settings/preview-input';
import { clearThresholdInputSchema, thresholdInputSchema } from '@/lib/settings/threshold-input';
import { validatedAction } from '../../_lib/safe-action';
import { refusingSettingErrors } from '../../_lib/setting-errors';

// Shipper actions: the account is always the shipper's own, from the session. The schemas are strict,
// so a payload naming an account or otpEnabled is refused whole.

const switchesSchema = z.strictObject({
  emailNotifications: z.boolean({ error: 'emailNotifications: must be on or off.' }),
  smsNotifications: z.boolean({ error: 'smsNotifications: must be on or off.' }),
});

export const saveNotificationSwitches = validatedAction(['shipper'], switchesSchema, async (input, actor) => {
  const saved = await updateNotificationSwitches(await getDb(), actor, input);
  return { ok: true as const, message: 'Recipient notification settings saved.', data: saved satisfies NotificationSwitches };
});

export const setOwnThreshold = validatedAction(['shipper'], thresholdInputSchema, (input, actor) =>
  refusingSettingErrors(async () => {
    const saved: ThresholdSetting = await writeThreshold(await getDb(), actor, null, input.marketplace, input.amount);
    return { ok: true as const, message: `${input.marketplace} threshold saved.`, data: saved };
  }),
);

export const clearOwnThreshold = validatedAction(['shipper'], clearThresholdInputSchema, (input, actor) =>
  refusingSettingErrors(async () => {
    const saved: ThresholdSetting = await writeThreshold(await getDb(), actor, null, input.marketplace, null);
    return { ok: true as const, message: `${input.marketplace} threshold is back to the default.`, data: saved };
  }),
);

export const previewOwnThresholds = validatedAction(['shipper'], previewInputSchema, async (input, actor) => {
  const preview: OtpPreview = await previewOtpEligibility(await getDb(), actor, null, input.thresholds);
  return { ok: true as const, data: preview };
});
