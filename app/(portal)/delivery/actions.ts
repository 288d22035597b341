'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import {
  deliverWithoutPasscode,
  pickUp,
  pickUpAll,
  returnToStation,
  takeAllOutForDelivery,
  takeOutForDelivery,
} from '@/db/queries/delivery';
import { enterPasscode, type PasscodeEntryResult, resendPasscode } from '@/db/queries/delivery-passcode';
import { DeliveryConflictError } from '@/db/queries/delivery-scope';
import type { ActionResult } from '@/lib/actions/action-result';
import type { Actor } from '@/lib/auth/actor';
import { type Translator, translatorFor } from '@/lib/i18n/translator';
import { passcodeEntrySchema, runDaySchema, shipmentActionSchema } from '@/lib/validations/delivery';
import { localeOf } from '../../_lib/page-locale';
import { validatedAction } from '../../_lib/safe-action';

const DA = ['delivery_associate'] as const;

type DeliveryTranslator = Translator<'delivery'>;

/** Runs a step and answers in the DA's language: a refusal by its catalogue reason, a success as `said` words it. */
async function step<T>(actor: Actor, work: (t: DeliveryTranslator) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const t = translatorFor(await localeOf(actor), 'delivery');
  try {
    const result = await work(t);
    revalidatePath('/delivery', 'layout');
    return result;
  } catch (error) {
    if (error instanceof DeliveryConflictError) return { ok: false, code: 'CONFLICT', error: t(`refusals.${error.reason}`, error.values) };
    throw error;
  }
}

const pickUpRun = validatedAction(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(actor, async (t) => {
    await pickUp(await getDb(), actor, shipmentId);
    return { ok: true, message: t('steps.pickedUp') };
  }),
);

const outForDeliveryRun = validatedAction(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(actor, async (t) => {
    await takeOutForDelivery(await getDb(), actor, shipmentId);
    return { ok: true, message: t('steps.outForDelivery') };
  }),
);

const deliverRun = validatedAction(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(actor, async (t) => {
    await deliverWithoutPasscode(await getDb(), actor, shipmentId);
    return { ok: true, message: t('steps.delivered') };
  }),
);

const returnRun = validatedAction(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(actor, async (t) => {
    await returnToStation(await getDb(), actor, shipmentId);
    return { ok: true, message: t('steps.returned') };
  }),
);

const passcodeRun = validatedAction<typeof passcodeEntrySchema, PasscodeEntryResult>(
  DA,
  passcodeEntrySchema,
  ({ shipmentId, passcode }, actor) =>
    step(actor, async () => ({ ok: true, data: await enterPasscode(await getDb(), actor, shipmentId, passcode) })),
);

const resendRun = validatedAction<typeof shipmentActionSchema, { resendsLeft: number }>(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(actor, async (t) => {
    const data = await resendPasscode(await getDb(), actor, shipmentId);
    return { ok: true, message: t('steps.resent'), data };
  }),
);

const pickUpAllRun = validatedAction<typeof runDaySchema, { moved: number }>(DA, runDaySchema, (_input, actor) =>
  step(actor, async (t) => {
    const moved = await pickUpAll(await getDb(), actor);
    return { ok: true, message: t('runDay.pickedUpAll', { count: moved }), data: { moved } };
  }),
);

const takeAllOutRun = validatedAction<typeof runDaySchema, { moved: number }>(DA, runDaySchema, (_input, actor) =>
  step(actor, async (t) => {
    const moved = await takeAllOutForDelivery(await getDb(), actor);
    return { ok: true, message: t('runDay.tookAllOut', { count: moved }), data: { moved } };
  }),
);

export async function pickUpAction(input: unknown) {
  return pickUpRun(input);
}
export async function outForDeliveryAction(input: unknown) {
  return outForDeliveryRun(input);
}
export async function deliverAction(input: unknown) {
  return deliverRun(input);
}
export async function returnToStationAction(input: unknown) {
  return returnRun(input);
}
export async function enterPasscodeAction(input: unknown) {
  return passcodeRun(input);
}
export async function resendPasscodeAction(input: unknown) {
  return resendRun(input);
}
export async function pickUpAllAction(input: unknown) {
  return pickUpAllRun(input);
}
export async function takeAllOutAction(input: unknown) {
  return takeAllOutRun(input);
}
