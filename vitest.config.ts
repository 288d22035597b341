import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'app/**/*.test.ts', 'tests/**/*.test.ts'],
    setupFiles: ['tests/support/db-setup.ts', 'tests/support/request-headers.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: { deps: { inline: ['server-only'] } },
    alias: { 'server-only': fileURLToPath(new URL('./tests/support/server-only-stub.ts', import.meta.url)) },
  },
});
