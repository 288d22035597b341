/** The two instances the cluster specs alternate between (CLUSTER_PORT moves both). */
const FIRST_PORT = Number(process.env.CLUSTER_PORT ?? 3200);

export const CLUSTER_PORTS = [FIRST_PORT, FIRST_PORT + 1] as const;
export const INSTANCE_A = `http://127.0.0.1:${CLUSTER_PORTS[0]}`;
export const INSTANCE_B = `http://127.0.0.1:${CLUSTER_PORTS[1]}`;
