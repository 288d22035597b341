import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { AccessDeniedError } from '@/lib/auth/errors';
import { SAME_ORIGIN_HEADERS, setRequestHeaders } from '@/tests/support/request-headers';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('./session', () => ({ getActor: async () => session.actor }));

const { validatedAction } = await import('./safe-action');

const shipper: Actor = { userId: 'u1', role: 'shipper', name: 'S', email: 's@x', accountId: 'a1', station: null, phoneE164: null };
const manager: Actor = { ...shipper, role: 'account_manager', accountId: null };

describe('validatedAction', () => {
  const run = vi.fn(async (input: { name: string }, actor: Actor) => ({ ok: true as const, message: `${actor.userId}:${input.name}` }));
  const action = validatedAction(['shipper'], z.strictObject({ name: z.string().min(2, { error: 'Too short' }) }), run);

  beforeEach(() => {
    run.mockClear();
    session.actor = null;
    setRequestHeaders(SAME_ORIGIN_HEADERS);
  });

  it('refuses a cross-site request, or one naming no origin, before the session or the input', async () => {
    session.actor = shipper;
    const crossSite: Record<string, string>[] = [
      { host: 'portal.test', origin: 'https://evil.example' },
      { host: 'portal.test', 'sec-fetch-site': 'cross-site' },
      { host: 'portal.test' },
    ];
    for (const headers of crossSite) {
      setRequestHeaders(headers);
      expect(await action({ name: 'ok' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses without a session before looking at the input', async () => {
    expect(await action({ name: 'ok' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses the wrong role', async () => {
    session.actor = manager;
    expect(await action({ name: 'ok' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses bad input with the field named, and extra fields', async () => {
    session.actor = shipper;
    expect(await action({ name: 'x' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      error: 'name: Too short',
      fieldErrors: { name: ['Too short'] },
    });
    expect(await action({ name: 'fine', accountId: 'a2' })).toMatchObject({ ok: false, code: 'INVALID' });
    expect(run).not.toHaveBeenCalled();
  });

  it('runs with the parsed input and the session actor', async () => {
    session.actor = shipper;
    expect(await action({ name: 'fine' })).toEqual({ ok: true, message: 'u1:fine' });
  });

  it('turns an access refusal from the data-access layer into FORBIDDEN', async () => {
    session.actor = shipper;
    const denied = validatedAction(['shipper'], z.object({}), async () => {
      throw new AccessDeniedError('Not yours.');
    });
    expect(await denied({})).toEqual({ ok: false, code: 'FORBIDDEN', error: 'Not yours.' });
  });
});
