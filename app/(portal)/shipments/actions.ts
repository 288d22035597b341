'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { deleteSavedView, saveView } from '@/db/queries/saved-views';
import { validatedAction } from '../../_lib/safe-action';

const ROLES = ['shipper', 'account_manager'] as const;

const saveViewSchema = z.object({
  name: z.string().trim().min(1, 'Give the view a name.').max(80, 'Keep the name under 80 characters.'),
  search: z.string().max(20_000),
});

export const saveViewAction = validatedAction(ROLES, saveViewSchema, async ({ name, search }, actor) => {
  await saveView(await getDb(), actor, name, search);
  return { ok: true, message: `Saved “${name}”.` };
});

export const deleteViewAction = validatedAction(ROLES, z.object({ id: z.uuid('Unknown view.') }), async ({ id }, actor) => {
  await deleteSavedView(await getDb(), actor, id);
  return { ok: true, message: 'View deleted.' };
});
