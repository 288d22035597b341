import 'server-only';
import { cache } from 'react';
import type { DbOrTx } from '../client';

// React's cache gives each request (each server render) its own table; outside one, every call gets a new one.
const requestMemos = cache(() => new WeakMap<DbOrTx, Map<string, Promise<unknown>>>());

/**
 * `load()` once per request for `key` on `db`: when a page's parts ask the same question (the tracker's total
 * and its status chips), one query answers both. Outside a request (tests, scripts) every call loads.
 */
export function oncePerRequest<T>(db: DbOrTx, key: string, load: () => Promise<T>): Promise<T> {
  const memos = requestMemos();
  let memo = memos.get(db);
  if (!memo) {
    memo = new Map();
    memos.set(db, memo);
  }
  let pending = memo.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    memo.set(key, pending);
  }
  return pending;
}
