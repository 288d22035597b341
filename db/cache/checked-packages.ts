import 'server-only';
import type { ParsedPackage } from '@/lib/upload/types';

/**
 * The packages of recently checked uploads, kept in this process so that storing one does not parse the
 * file again (about 2 s for 100,000 packages). Only a shortcut: the staged file stays the record, and an
 * upload checked by another process, or forgotten here, is parsed again from it.
 */
const KEEP_FOR_MS = 15 * 60 * 1000;
/** One full-size file (about 100 MB of parsed packages) at most, whatever the number of uploads waiting. */
const MAX_PACKAGES = 100_000;

interface Memo {
  accountId: string;
  packages: readonly ParsedPackage[];
  until: number;
}

// On globalThis: the check and the store are different route bundles, which may each load this module.
const globalKey = Symbol.for('shipper-central.checked-packages');
type GlobalWithMemos = typeof globalThis & { [globalKey]?: Map<string, Memo> };
const memos = ((globalThis as GlobalWithMemos)[globalKey] ??= new Map<string, Memo>());

function packagesHeld(): number {
  let held = 0;
  for (const memo of memos.values()) held += memo.packages.length;
  return held;
}

function dropExpired(now: number): void {
  for (const [uploadId, memo] of memos) if (memo.until <= now) memos.delete(uploadId);
}

export function rememberCheckedPackages(uploadId: string, accountId: string, packages: readonly ParsedPackage[], now = Date.now()): void {
  dropExpired(now);
  if (packages.length > MAX_PACKAGES) return;
  // Oldest first (a Map keeps insertion order) until the new upload fits.
  for (const oldest of memos.keys()) {
    if (packagesHeld() + packages.length <= MAX_PACKAGES) break;
    memos.delete(oldest);
  }
  memos.set(uploadId, { accountId, packages, until: now + KEEP_FOR_MS });
}

/** The packages checked for this upload of this account, handed over once; null when not held here. */
export function takeCheckedPackages(uploadId: string, accountId: string, now = Date.now()): readonly ParsedPackage[] | null {
  const memo = memos.get(uploadId);
  memos.delete(uploadId);
  if (!memo || memo.accountId !== accountId || memo.until <= now) return null;
  return memo.packages;
}

export function forgetCheckedPackages(uploadId: string): void {
  memos.delete(uploadId);
}
