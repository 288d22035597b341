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
import { passcodeEntrySchema, runDaySchema, shipmentActionSchema } from '@/lib/validations/delivery';
import { validatedAction } from '../../_lib/safe-action';

const DA = ['delivery_associate'] as const;

async function step<T>(work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    const result = await work();
    revalidatePath('/delivery', 'layout');
    return result;
  } catch (error) {
    if (error instanceof DeliveryConflictError) return { ok: false, code: 'CONFLICT', error: error.message };
    throw error;
  }
}

const pickUpRun = validatedAction(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(async () => {
    await pickUp(await getDb(), actor, shipmentId);
    return { ok: true, message: 'Picked up.' };
  }),
);

const outForDeliveryRun = validatedAction(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(async () => {
    await takeOutForDelivery(await getDb(), actor, shipmentId);
    return { ok: true, message: 'Out for delivery.' };
  }),
);

const deliverRun = validatedAction(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(async () => {
    await deliverWithoutPasscode(await getDb(), actor, shipmentId);
    return { ok: true, message: 'Delivered.' };
  }),
);

const returnRun = validatedAction(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(async () => {
    await returnToStation(await getDb(), actor, shipmentId);
    return { ok: true, message: 'Returned to the station.' };
  }),
);

const passcodeRun = validatedAction<typeof passcodeEntrySchema, PasscodeEntryResult>(
  DA,
  passcodeEntrySchema,
  ({ shipmentId, passcode }, actor) =>
    step(async () => ({ ok: true, data: await enterPasscode(await getDb(), actor, shipmentId, passcode) })),
);

const resendRun = validatedAction<typeof shipmentActionSchema, { resendsLeft: number }>(DA, shipmentActionSchema, ({ shipmentId }, actor) =>
  step(async () => {
    const data = await resendPasscode(await getDb(), actor, shipmentId);
    return { ok: true, message: 'The passcode was sent again to the recipient.', data };
  }),
);

const pickUpAllRun = validatedAction<typeof runDaySchema, { moved: number }>(DA, runDaySchema, (_input, actor) =>
  step(async () => {
    const moved = await pickUpAll(await getDb(), actor);
    return { ok: true, message: `Picked up ${moved} package${moved === 1 ? '' : 's'}.`, data: { moved } };
  }),
);

const takeAllOutRun = validatedAction<typeof runDaySchema, { moved: number }>(DA, runDaySchema, (_input, actor) =>
  step(async () => {
    const moved = await takeAllOutForDelivery(await getDb(), actor);
    return { ok: true, message: `Took ${moved} package${moved === 1 ? '' : 's'} out for delivery.`, data: { moved } };
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
