/** One passcode check as the shipment page receives it (db/queries/passcode-checks.ts). */
export interface PasscodeCheckFact {
  outcome: 'right' | 'wrong' | 'locked' | 'expired' | 'resent';
  /** The wrong entry's number for `wrong` and the locking `locked`; the resend's number for `resent`. */
  attemptNumber: number | null;
}

/** The passcode's limits the sentence counts against (db/queries/passcode-store.ts holds them). */
export interface PasscodeLimits {
  wrongEntries: number;
  resends: number;
}

/** What a check was, in words a shipper reads on the proof of delivery. */
export function passcodeCheckText({ outcome, attemptNumber }: PasscodeCheckFact, limits: PasscodeLimits): string {
  const tryNumber = attemptNumber === null ? '' : ` (try ${attemptNumber} of ${limits.wrongEntries})`;
  switch (outcome) {
    case 'right':
      return 'Right passcode — delivered';
    case 'wrong':
      return `Wrong passcode${tryNumber}`;
    // A locking entry carries its try number; a refused one (the passcode was locked already) has none.
    case 'locked':
      return attemptNumber === null ? 'Refused: passcode locked' : `Wrong passcode${tryNumber} — passcode locked`;
    case 'expired':
      return 'Refused: passcode expired';
    case 'resent':
      return attemptNumber === null ? 'Passcode resent' : `Passcode resent (${attemptNumber} of ${limits.resends})`;
  }
}
