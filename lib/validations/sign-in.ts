import { sameOriginPath } from '@/lib/http/safe-redirect';
import { z } from 'zod';

export const passwordSignInFormSchema = z.object({
  email: z.email({ error: 'Enter the e-mail address you sign in with' }),
  password: z.string().min(1, { error: 'Enter your password' }),
});
export type PasswordSignInForm = z.infer<typeof passwordSignInFormSchema>;

/** Only a same-origin path may be a post-sign-in destination (no open redirect). */
export function safeCallbackPath(raw: string | null | undefined): string {
  return sameOriginPath(raw) ?? '/';
}

/** Where a signed-out visit to `returnTo` goes: sign-in, coming back there after when it is a same-origin path. */
export function signInHref(returnTo: string | null | undefined): string {
  const back = sameOriginPath(returnTo);
  return back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : '/sign-in';
}
