/**
 * Why a sign-in was refused before its credentials were judged, and until when. It travels from the
 * server to the sign-in forms as a short code in the error message (next-auth passes an error thrown
 * by `authorize` to `signIn()` as `result.error`).
 */
export interface SignInRefusal {
  kind: 'locked' | 'address_limited';
  until: Date;
}

const CODES = { locked: 'LOCKED', address_limited: 'ADDRESS_LIMITED' } as const;
const KIND_OF_CODE = new Map(Object.entries(CODES).map(([kind, code]) => [code as string, kind as SignInRefusal['kind']]));
const REFUSAL = new RegExp(`^(${[...KIND_OF_CODE.keys()].join('|')}):(.+)$`);

export class SignInRefusedError extends Error {
  constructor(readonly refusal: SignInRefusal) {
    super(`${CODES[refusal.kind]}:${refusal.until.toISOString()}`);
    this.name = 'SignInRefusedError';
  }
}

/** The refusal a `signIn()` error names, or null for any other error (a wrong credential). */
export function parseSignInRefusal(error: string | null | undefined): SignInRefusal | null {
  const match = REFUSAL.exec(error ?? '');
  if (!match) return null;
  const until = new Date(match[2]!);
  if (Number.isNaN(until.getTime())) return null;
  return { kind: KIND_OF_CODE.get(match[1]!)!, until };
}
