/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; object-src 'none'; base-uri 'none'" },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
];

module.exports = {
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files at run time: it must not be bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Recipient Central shows passcodes: never stored by the browser or a shared cache.
      { source: '/recipient/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ];
  },
};
