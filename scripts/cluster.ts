/**
 * `npm run start:cluster`: two portal instances on one PostgreSQL database (see docs/deploy.md).
 * DATABASE_URL names the database; without it a scratch database is made on CLUSTER_PG_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres) and dropped on exit. CLUSTER_PORT (default
 * 3200) is the first instance's port, the second listens on the next one.
 *   --no-build  reuse the last build in .next-cluster
 *   --no-seed   do not seed the demo (it is idempotent, so seeding an already seeded database is harmless)
 */
import { startCluster } from './cluster/start-cluster';

const firstPort = Number(process.env.CLUSTER_PORT ?? 3200);

async function main(): Promise<void> {
  const cluster = await startCluster({
    ports: [firstPort, firstPort + 1],
    databaseUrl: process.env.DATABASE_URL,
    build: !process.argv.includes('--no-build'),
    seed: !process.argv.includes('--no-seed'),
  });
  console.log(`\nShipper Central, ${cluster.urls.length} instances on one database (demo inbox on each: /messages):`);
  for (const url of cluster.urls) console.log(`  ${url}`);
  console.log('Ctrl-C stops them.\n');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void cluster.stop().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
