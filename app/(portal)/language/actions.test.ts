import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCALE_COOKIE } from '@/lib/i18n/locale-cookie';

const request = vi.hoisted(() => ({
  headers: new Headers(),
  set: [] as { name: string; value: string; options: Record<string, unknown> }[],
}));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: () => undefined,
    set: (name: string, value: string, options: Record<string, unknown>) => void request.set.push({ name, value, options }),
  }),
}));

const { chooseLanguageAction } = await import('./actions');

describe('the language switch', () => {
  beforeEach(() => {
    request.headers = new Headers({ host: 'portal.test', origin: 'http://portal.test' });
    request.set.length = 0;
  });

  it('sets this browser’s language cookie to a language there is a catalogue for, for a year, out of scripts’ reach', async () => {
    expect(await chooseLanguageAction({ locale: 'it-IT' })).toEqual({ ok: true });
    expect(request.set).toEqual([
      {
        name: LOCALE_COOKIE,
        value: 'it-IT',
        options: expect.objectContaining({ path: '/', httpOnly: true, sameSite: 'lax', maxAge: 31_536_000 }),
      },
    ]);
  });

  it('refuses a language without a catalogue, or anything else, and sets nothing', async () => {
    for (const input of [{ locale: 'de-DE' }, { locale: '../../etc/passwd' }, { locale: 'it-IT', extra: 1 }, 'it-IT', null]) {
      expect(await chooseLanguageAction(input)).toMatchObject({ ok: false, code: 'INVALID' });
    }
    expect(request.set).toEqual([]);
  });

  it('refuses a cross-site request', async () => {
    request.headers = new Headers({ host: 'portal.test', origin: 'https://evil.example' });
    expect(await chooseLanguageAction({ locale: 'fr-FR' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(request.set).toEqual([]);
  });
});
