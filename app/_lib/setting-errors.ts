import 'server-only';
import type { ActionResult } from '@/lib/actions/action-result';
import { SettingInputError } from '@/lib/settings/setting-error';

/** Runs a settings write; a setting the account cannot take becomes INVALID with its field named. */
export async function refusingSettingErrors<T>(write: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof SettingInputError) {
      return { ok: false, code: 'INVALID', error: error.message, fieldErrors: { [error.field]: [error.message] } };
    }
    throw error;
  }
}
