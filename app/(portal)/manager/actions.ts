'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { setOtpEnabled, writeThreshold, type ThresholdSetting } from '@/db/queries/account-settings';
import { previewOtpEligibility, type OtpPreview } from '@/db/queries/otp-preview';
import { proposedThresholdsSchema } from '@/lib/settings/preview-input';
import { marketplaceSchema, thresholdSchemaWith } from '@/lib/settings/threshold-input';
import { validatedAction } from '../../_lib/safe-action';
import { refusingSettingErrors } from '../../_lib/setting-errors';

// Account-manager actions: the account is named, and the data-access layer checks it is assigned to
// the signed-in manager (another manager's account looks like no account at all).

const accountId = z.uuid({ error: 'accountId: No such shipper account.' });

export const setAccountOtp = validatedAction(
  ['account_manager'],
  z.strictObject({ accountId, otpEnabled: z.boolean({ error: 'otpEnabled: must be on or off.' }) }),
  async (input, actor) => {
    const saved = await setOtpEnabled(await getDb(), actor, input.accountId, input.otpEnabled);
    return {
      ok: true as const,
      message: `OTP Secure Delivery is ${saved.otpEnabled ? 'enabled' : 'disabled'} for ${saved.name}.`,
      data: saved,
    };
  },
);

export const setAccountThreshold = validatedAction(['account_manager'], thresholdSchemaWith({ accountId }), (input, actor) =>
  refusingSettingErrors(async () => {
    const saved: ThresholdSetting = await writeThreshold(await getDb(), actor, input.accountId, input.marketplace, input.amount);
    return { ok: true as const, message: `${input.marketplace} threshold saved.`, data: saved };
  }),
);

export const clearAccountThreshold = validatedAction(
  ['account_manager'],
  z.strictObject({ accountId, marketplace: marketplaceSchema }),
  (input, actor) =>
    refusingSettingErrors(async () => {
      const saved: ThresholdSetting = await writeThreshold(await getDb(), actor, input.accountId, input.marketplace, null);
      return { ok: true as const, message: `${input.marketplace} threshold is back to the default.`, data: saved };
    }),
);

export const previewAccountThresholds = validatedAction(
  ['account_manager'],
  z.strictObject({ accountId, thresholds: proposedThresholdsSchema }),
  async (input, actor) => {
    const preview: OtpPreview = await previewOtpEligibility(await getDb(), actor, input.accountId, input.thresholds);
    return { ok: true as const, data: preview };
  },
);
