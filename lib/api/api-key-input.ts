import { z } from 'zod';

export const MAX_API_KEY_NAME_LENGTH = 60;

/** A key's name, as the form and the data-access layer both check it: what the shipper calls the system that uses it. */
export const apiKeyNameSchema = z
  .string({ error: 'Enter a name for the key.' })
  .trim()
  .min(1, { error: 'Enter a name for the key.' })
  .max(MAX_API_KEY_NAME_LENGTH, { error: `The name must be at most ${MAX_API_KEY_NAME_LENGTH} characters.` })
  .regex(/^[^\p{Cc}]*$/u, { error: 'The name may not contain line breaks or control characters.' });

export const apiKeyFormSchema = z.strictObject({ name: apiKeyNameSchema });
export type ApiKeyForm = z.output<typeof apiKeyFormSchema>;
