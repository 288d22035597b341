import { z } from 'zod';

const shipmentId = z.uuid({ error: 'Choose a package.' });

/** Every delivery action names only the package: never a destination, account or station. */
export const shipmentActionSchema = z.strictObject({ shipmentId });

export const passcodeFormSchema = z.strictObject({
  passcode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Enter the 6-digit passcode.' }),
});
export type PasscodeForm = z.infer<typeof passcodeFormSchema>;

export const passcodeEntrySchema = z.strictObject({ shipmentId, ...passcodeFormSchema.shape });

export const runDaySchema = z.strictObject({});
