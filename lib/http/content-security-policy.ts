/**
 * The Content-Security-Policy of every response: scripts only with this response's nonce (Next.js puts
 * it on its own script tags; 'strict-dynamic' lets those load their chunks), everything else from our
 * own origin. Styles allow inline attributes: React's `style` props (progress bars) need them, and a
 * style cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  const scriptSources = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(options.development ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${scriptSources.join(' ')}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}
