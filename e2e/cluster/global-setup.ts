import { startCluster } from '../../scripts/cluster/start-cluster';
import { CLUSTER_PORTS } from './instances';

/**
 * Builds once, makes a scratch PostgreSQL database (CLUSTER_PG_URL's server), migrates and seeds it once,
 * and starts both instances on it; the returned function stops them and drops the database.
 * CLUSTER_BUILD=0 reuses the last build in .next-cluster.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const cluster = await startCluster({ ports: CLUSTER_PORTS, build: process.env.CLUSTER_BUILD !== '0', seed: true });
  return cluster.stop;
}
