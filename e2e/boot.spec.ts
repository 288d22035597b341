import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('the production server refuses to start without its secrets', async () => {
  // Variables already in the environment win over .env.local, so an empty one stands for "missing".
  const server = spawn('npx', ['next', 'start', '-p', '3199', '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXTAUTH_SECRET: '', OTP_PEPPER: '', OTP_ENC_KEY: '' },
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill();
      resolve(null);
    }, 45_000);
    server.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  expect(exitCode).toBe(1);
  expect(output).toContain('Refusing to start: NEXTAUTH_SECRET must be at least 32 random bytes');
});
