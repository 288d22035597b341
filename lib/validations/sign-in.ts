import { z } from 'zod';

export const passwordSignInFormSchema = z.object({
  email: z.email({ error: 'Enter the e-mail address you sign in with' }),
  password: z.string().min(1, { error: 'Enter your password' }),
});
export type PasswordSignInForm = z.infer<typeof passwordSignInFormSchema>;

/** Only a same-site path may be a post-sign-in destination (no open redirect). */
export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return raw;
}
