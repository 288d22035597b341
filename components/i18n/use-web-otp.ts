'use client';

import { useEffect } from 'react';

/** What Chrome's WebOTP returns (not yet in TypeScript's DOM types). */
interface OtpCredential extends Credential {
  code: string;
}

/**
 * Where the browser supports WebOTP, offers the code of the origin-bound SMS (`@host #123456`) as soon
 * as it arrives; elsewhere the input's autocomplete="one-time-code" lets the keyboard suggest it.
 */
export function useWebOtp(onCode: (code: string) => void): void {
  useEffect(() => {
    if (typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const abort = new AbortController();
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: abort.signal } as CredentialRequestOptions)
      .then((credential) => {
        const code = (credential as OtpCredential | null)?.code;
        if (code) onCode(code);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [onCode]);
}
