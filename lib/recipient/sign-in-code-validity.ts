/** How long a Recipient Central sign-in code works, in minutes. */
export const SIGN_IN_CODE_VALID_MINUTES = 10;
