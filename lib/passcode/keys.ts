import { readServerSecrets } from '@/lib/env';

export interface PasscodeKeys {
  pepper: Buffer;
  encryptionKey: Buffer;
}

/** The passcode keys from the environment (never the database); throws when they are missing. */
export function passcodeKeys(source: Record<string, string | undefined> = process.env): PasscodeKeys {
  const secrets = readServerSecrets(source);
  return {
    pepper: Buffer.from(secrets.OTP_PEPPER, 'base64'),
    encryptionKey: Buffer.from(secrets.OTP_ENC_KEY, 'base64').subarray(0, 32),
  };
}
