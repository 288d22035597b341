import path from 'node:path';
import type { DemoUser } from './demo-users';

/**
 * The demo users signed in once by auth.setup.ts, each session saved to e2e/.auth/<user>.json for specs
 * that only need to be signed in. Signing out ends every session of the user, saved ones included, so
 * no spec may sign one of these out (sign-in.spec.ts signs out a user of its own).
 */
export const SAVED_SIGN_INS = [
  'shipperUk',
  'shipperIn',
  'shipperSmsOff',
  'shipperOtpOff',
  'manager',
  'manager2',
  'daUk',
  'daIn',
] as const satisfies readonly DemoUser[];
export type SavedSignIn = (typeof SAVED_SIGN_INS)[number];

/** The storage state (cookies) of a saved sign-in: for `test.use({ storageState })` or `browser.newContext`. */
export function signedInAs(user: SavedSignIn): string {
  return path.join(__dirname, '.auth', `${user}.json`);
}
