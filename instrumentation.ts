export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { readServerSecrets } = await import('./lib/env');
  if (process.env.NODE_ENV === 'production') {
    try {
      readServerSecrets();
    } catch (error) {
      // Fail closed: a production server without its secrets exits instead of serving.
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
  }
  const { getDb } = await import('./db/client');
  await getDb();
}
