import { z } from 'zod';

const MIN_SECRET_BYTES = 32;

const secret = (name: string) =>
  z
    .string({ error: `${name} is not set` })
    .refine((v) => Buffer.from(v, 'base64').length >= MIN_SECRET_BYTES, {
      error: `${name} must be at least ${MIN_SECRET_BYTES} random bytes, base64-encoded`,
    });

const serverEnvSchema = z.object({
  NEXTAUTH_SECRET: secret('NEXTAUTH_SECRET'),
  OTP_PEPPER: secret('OTP_PEPPER'),
  OTP_ENC_KEY: secret('OTP_ENC_KEY'),
});
export type ServerSecrets = z.infer<typeof serverEnvSchema>;

/** The server's secrets; throws (fails closed) when one is missing or too short. */
export function readServerSecrets(source: Record<string, string | undefined> = process.env): ServerSecrets {
  const parsed = serverEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Refusing to start: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}

export const SECRET_NAMES = Object.keys(serverEnvSchema.shape) as (keyof ServerSecrets)[];
