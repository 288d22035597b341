import { SettingInputError } from '@/lib/settings/setting-error';

/** A rejection's class and, for input errors, the field and message. */
export async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof SettingInputError) return { type: 'input', field: error.field, message: error.message };
  return { type: error instanceof Error ? error.name : String(error) };
}
