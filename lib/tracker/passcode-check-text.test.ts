import { describe, expect, it } from 'vitest';
import { type PasscodeCheckFact, passcodeCheckText } from './passcode-check-text';

const limits = { wrongEntries: 3, resends: 3 };

describe('passcodeCheckText', () => {
  it.each<[PasscodeCheckFact, string]>([
    [{ outcome: 'right', attemptNumber: null }, 'Right passcode — delivered'],
    [{ outcome: 'wrong', attemptNumber: 1 }, 'Wrong passcode (try 1 of 3)'],
    [{ outcome: 'wrong', attemptNumber: 2 }, 'Wrong passcode (try 2 of 3)'],
    [{ outcome: 'locked', attemptNumber: 3 }, 'Wrong passcode (try 3 of 3) — passcode locked'],
    [{ outcome: 'locked', attemptNumber: null }, 'Refused: passcode locked'],
    [{ outcome: 'expired', attemptNumber: null }, 'Refused: passcode expired'],
    [{ outcome: 'resent', attemptNumber: 1 }, 'Passcode resent (1 of 3)'],
    [{ outcome: 'resent', attemptNumber: null }, 'Passcode resent'],
    [{ outcome: 'wrong', attemptNumber: null }, 'Wrong passcode'],
  ])('%j reads %j', (check, text) => {
    expect(passcodeCheckText(check, limits)).toBe(text);
  });
});
