import type { z } from 'zod';

/** What every server action answers; a refusal carries a code the page can act on, never a stack. */
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | {
      ok: false;
      code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID' | 'CONFLICT';
      error: string;
      fieldErrors?: Record<string, string[]>;
    };

/** A server action as a component receives it: a prop from its page, never an import from `app/`. */
export type ServerAction<T = undefined> = (input: unknown) => Promise<ActionResult<T>>;

/** Zod issues by field path (`_form` for the whole input), as forms show them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
