export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { readServerSecrets } = await import('./lib/env');
  // Fails closed: without its secrets the production server does not start.
  if (process.env.NODE_ENV === 'production') readServerSecrets();
  const { getDb } = await import('./db/client');
  await getDb();
}
