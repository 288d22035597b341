import { randomBytes } from 'node:crypto';
import { type PasscodeKeys, passcodeKeys } from '@/lib/passcode';

/** Fresh server secrets for a test file (the env file is not read in tests). */
export function setUpTestSecrets(): PasscodeKeys {
  for (const name of ['NEXTAUTH_SECRET', 'OTP_PEPPER', 'OTP_ENC_KEY']) {
    process.env[name] ??= randomBytes(32).toString('base64');
  }
  return passcodeKeys();
}
