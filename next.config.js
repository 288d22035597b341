/** @type {import('next').NextConfig} */
// The Content-Security-Policy is set per request by proxy.ts (it carries a script nonce).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()',
  },
];

module.exports = {
  // A second build beside the first (the cluster harness, parallel e2e runs) sets NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files at run time, and resvg requires the prebuilt binary of
  // its platform: neither can be bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@resvg/resvg-js'],
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // API answers are data, never a document to run: nothing may load from them.
      ...['/api/:path*', '/shipping/v2/:path*'].map((source) => ({
        source,
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" }],
      })),
      // Recipient Central shows passcodes: never stored by the browser or a shared cache.
      { source: '/recipient/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ];
  },
};
