import { z } from 'zod';
import { MARKETPLACE_CODES, type Marketplace } from '../otp/marketplaces';

export const MANAGED_SORTS = ['name', 'otp', 'shipments', 'eligibleShare'] as const;
export type ManagedSort = (typeof MANAGED_SORTS)[number];
export const PAGE_SIZES = [10, 25, 50] as const;

/**
 * The manager's account table state, as held in the URL. Anything unreadable falls back to its
 * default rather than failing: a hand-edited link still opens the table.
 */
const managedAccountsQuerySchema = z.object({
  sort: z.enum(MANAGED_SORTS).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  name: z.string().trim().max(100).catch(''),
  marketplace: z
    .enum(MARKETPLACE_CODES as [Marketplace, ...Marketplace[]])
    .nullable()
    .catch(null),
  otp: z.enum(['on', 'off']).nullable().catch(null),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(PAGE_SIZES[0]),
});
export type ManagedAccountsQuery = z.output<typeof managedAccountsQuerySchema>;

export const DEFAULT_MANAGED_QUERY: ManagedAccountsQuery = managedAccountsQuerySchema.parse({});

type SearchParams = Record<string, string | string[] | undefined>;

export function parseManagedAccountsQuery(params: SearchParams): ManagedAccountsQuery {
  const first = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return managedAccountsQuerySchema.parse({
    sort: first('sort'),
    dir: first('dir'),
    name: first('name') ?? '',
    marketplace: first('marketplace') ?? null,
    otp: first('otp') ?? null,
    page: first('page'),
    pageSize: first('pageSize'),
  });
}

/** The URL search string of a table state; defaults are left out so links stay short. */
export function managedAccountsSearch(query: ManagedAccountsQuery): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_MANAGED_QUERY) as (keyof ManagedAccountsQuery)[]) {
    const value = query[key];
    if (value !== null && value !== DEFAULT_MANAGED_QUERY[key]) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
