import { randomInt } from 'node:crypto';

export const PASSCODE_LENGTH = 6;
const PASSCODE_PATTERN = /^\d{6}$/;

/** A 6-digit passcode from the CSPRNG; leading zeros are part of the code. */
export function generatePasscode(draw: (max: number) => number = randomInt): string {
  return String(draw(10 ** PASSCODE_LENGTH)).padStart(PASSCODE_LENGTH, '0');
}

export function isPasscodeShaped(value: string): boolean {
  return PASSCODE_PATTERN.test(value);
}
