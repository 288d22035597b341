import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

/** Starts a production server with `env` and returns its exit code and output (null: it kept running). */
async function start(command: string[], env: Record<string, string>): Promise<{ exitCode: number | null; output: string }> {
  const [program, ...args] = command;
  const server = spawn(program!, args, { env: { ...process.env, NODE_ENV: 'production', ...env } });
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
  return { exitCode, output };
}

// Variables already in the environment win over .env.local, so an empty one stands for "missing".
const NO_SECRETS = { NEXTAUTH_SECRET: '', OTP_PEPPER: '', OTP_ENC_KEY: '' };

test('a production start without secrets or an e-mail transport refuses, naming every missing setting', async () => {
  const { exitCode, output } = await start(['node', 'server.js', '-p', '3199', '-H', '127.0.0.1'], {
    ...NO_SECRETS,
    DEMO_INBOX: '',
    SMTP_URL: '',
  });
  expect(exitCode).toBe(1);
  for (const problem of ['NEXTAUTH_SECRET is not set', 'OTP_PEPPER is not set', 'OTP_ENC_KEY is not set', 'SMTP_URL is not set']) {
    expect(output).toContain(problem);
  }
});

test('a production start with secrets but no e-mail transport refuses: no message may wait to be shown', async () => {
  const { exitCode, output } = await start(['node', 'server.js', '-p', '3198', '-H', '127.0.0.1'], {
    DEMO_INBOX: '',
    SMTP_URL: '',
    PGLITE_DIR: 'memory://',
  });
  expect(exitCode).toBe(1);
  expect(output).toContain('SMTP_URL is not set: a production server needs an e-mail transport');
});

test('demo mode refuses to serve on a non-loopback address', async () => {
  const { exitCode, output } = await start(['node', 'server.js', '-p', '3197', '-H', '0.0.0.0'], {
    DEMO_INBOX: '1',
    PGLITE_DIR: 'memory://',
  });
  expect(exitCode).toBe(1);
  expect(output).toContain('DEMO_INBOX=1 shows every message on /messages, so it serves on a loopback address only');
});

test('demo mode refuses to start under plain `next start`, which cannot promise loopback only', async () => {
  const { exitCode, output } = await start(['npx', 'next', 'start', '-p', '3196', '-H', '127.0.0.1'], {
    DEMO_INBOX: '1',
    PGLITE_DIR: 'memory://',
  });
  expect(exitCode).toBe(1);
  expect(output).toContain('DEMO_INBOX=1 runs only under the portal server bound to a loopback address');
});

test('the site has an icon: /favicon.ico is a real ICO, and the SVG icon the pages link to is served', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\//);
  // An ICO file starts with its reserved word 0 and type 1.
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);

  await page.goto('/sign-in');
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});
