import 'server-only';
import type { z } from 'zod';
import { type ActionResult, fieldErrorsOf } from '@/lib/actions/action-result';
import type { Actor } from '@/lib/auth/actor';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import type { Role } from '@/lib/auth/roles';
import { CROSS_SITE_REFUSAL, isSameOriginAction } from './action-origin';
import { getActor } from './session';

/**
 * Wraps a server action: a cross-site request is refused first, then the session is checked (re-read from the database), then the role,
 * then the whole input against the schema. Only then does `run` see the parsed input and the actor;
 * the account it touches is the actor's, or checked by the data-access layer it calls.
 */
export function validatedAction<S extends z.ZodType, T = undefined>(
  roles: readonly Role[],
  schema: S,
  run: (input: z.infer<S>, actor: Actor) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    if (!(await isSameOriginAction())) return { ok: false, code: 'FORBIDDEN', error: CROSS_SITE_REFUSAL };
    const actor = await getActor();
    if (!actor) return { ok: false, code: 'UNAUTHENTICATED', error: 'Your session has ended. Please sign in again.' };
    if (!roles.includes(actor.role)) {
      return { ok: false, code: 'FORBIDDEN', error: 'Your role may not do this.' };
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      const [first] = parsed.error.issues;
      const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
      return { ok: false, code: 'INVALID', error: `${where}${first?.message ?? 'Invalid input'}`, fieldErrors };
    }
    try {
      return await run(parsed.data, actor);
    } catch (error) {
      if (error instanceof AccessDeniedError) return { ok: false, code: 'FORBIDDEN', error: error.message };
      if (error instanceof NotFoundError) return { ok: false, code: 'NOT_FOUND', error: error.message };
      throw error;
    }
  };
}
