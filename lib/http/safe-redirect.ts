const PLACEHOLDER_ORIGIN = 'https://same-origin.invalid';

/**
 * A post-sign-in destination as a same-origin path (with its query and fragment), or null. Browsers drop
 * tabs and newlines from URLs and read `\` as `/`, so `/\t/evil.example` would become `//evil.example`:
 * anything with control characters, white space or a backslash is refused before URL parsing, and the
 * parsed URL must stay on our origin. Dot segments resolve too (`/..//evil.example` is `//evil.example`),
 * so the resolved path must not start with `//` either.
 */
export function sameOriginPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 2048) return null;
  if (/[\p{Cc}\s\\]/u.test(raw)) return null;
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN || url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's redirect target: an absolute URL on our own origin, else the site root. */
export function sameOriginUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let target: URL | null = null;
  try {
    target = new URL(url);
  } catch {
    target = null;
  }
  const path = target ? (target.origin === base.origin ? `${target.pathname}${target.search}${target.hash}` : null) : sameOriginPath(url);
  const safe = path === null ? null : sameOriginPath(path);
  return `${base.origin}${safe ?? '/'}`;
}
