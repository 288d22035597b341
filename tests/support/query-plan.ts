import type { Pool } from 'pg';

/** One node of PostgreSQL's JSON plan, with the fields the plan tests read. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Loops'?: number;
  /** Rows per loop. */
  'Actual Rows'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/** A node and every node below it. */
export function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** Every node of the plan PostgreSQL chooses for a statement; with `analyze` the statement runs and the nodes carry actual figures. */
export async function planNodes(
  pool: Pick<Pool, 'query'>,
  text: string,
  params: unknown[],
  options: { analyze?: boolean } = {},
): Promise<PlanNode[]> {
  const explain = options.analyze ? 'explain (analyze, format json)' : 'explain (format json)';
  const { rows } = await pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`${explain} ${text}`, params);
  return nodesOf(rows[0]!['QUERY PLAN'][0].Plan);
}

/** The plan's nodes that read the shipments table. */
export const shipmentsNodes = (nodes: PlanNode[]) => nodes.filter((n) => n['Relation Name'] === 'shipments');
