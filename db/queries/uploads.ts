import 'server-only';
import { gunzipSync, gzipSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/ids/uuid';
import { checkedPackage, eligibilityOf, type CheckedPackage } from '@/lib/upload/checked-package';
import type { CsvMappingTarget } from '@/lib/upload/csv-fields';
import { parseShipmentFile } from '@/lib/upload/parse-file';
import { rejectedRowsCsv } from '@/lib/upload/rejected-rows-csv';
import { summarise, type UploadReport } from '@/lib/upload/report';
import { stagingQuotaRefusal, type StagingQuotaRefusal } from '@/lib/upload/staging-quota';
import type { CsvHeadersUnmapped, FileRefusal, ParseOutcome, ParsedPackage, RejectedRow } from '@/lib/upload/types';
import { forgetCheckedPackages, rememberCheckedPackages, takeCheckedPackages } from '../cache/checked-packages';
import type { DbOrTx } from '../client';
import { csvMappings, uploads } from '../schema';
import { ownAccountId } from './access';
import { loadAccountRuleSettings } from './account-rule-settings';
import { findStoredClientReferences, storeShipments, type StoreResult } from './shipment-store';
import { stagedExpiryCutoff } from './staged-upload-expiry';
import { listStagedUploads, lockAccountStaging } from './staged-uploads';

export type CsvMapping = Record<string, CsvMappingTarget>;
export type CheckOutcome = { ok: true; report: UploadReport } | FileRefusal | CsvHeadersUnmapped | StagingQuotaRefusal;
export type StoreRefusal = { ok: false; status: 404 | 409; message: string };
export type StoreOutcome = ({ ok: true; uploadId: string } & StoreResult) | StoreRefusal;
/** A checked upload that may be stored, with its packages. */
export interface UploadToStore {
  ok: true;
  uploadId: string;
  accountId: string;
  packages: readonly ParsedPackage[];
}

const LOOKUP_BATCH = 5000;

interface StoredReport {
  summary: UploadReport['summary'];
  rejected: RejectedRow[];
  csvHeaders: string[] | null;
}

async function savedMapping(db: DbOrTx, accountId: string): Promise<CsvMapping | null> {
  const [row] = await db.select({ mapping: csvMappings.mapping }).from(csvMappings).where(eq(csvMappings.accountId, accountId)).limit(1);
  return (row?.mapping as CsvMapping | undefined) ?? null;
}

/** Parses with the shipper's explicit mapping, else the account's saved one (dropped when it no longer fits). */
async function parseWithMapping(db: DbOrTx, accountId: string, content: Uint8Array, explicit: CsvMapping | null) {
  if (explicit) return { outcome: parseShipmentFile(content, { csvMapping: explicit }), mapping: explicit };
  const saved = await savedMapping(db, accountId);
  if (saved) {
    const outcome = parseShipmentFile(content, { csvMapping: saved });
    if (outcome.ok || outcome.code !== 'CSV_MAPPING_INVALID') return { outcome, mapping: saved };
  }
  return { outcome: parseShipmentFile(content), mapping: null };
}

async function storedReferences(db: DbOrTx, accountId: string, packages: readonly ParsedPackage[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < packages.length; i += LOOKUP_BATCH) {
    const refs = packages.slice(i, i + LOOKUP_BATCH).map((p) => p.packageClientReferenceId);
    for (const ref of await findStoredClientReferences(db, accountId, refs)) found.add(ref);
  }
  return found;
}

/**
 * Step 1 of an upload: validates the whole file, runs the shared rules on every package and keeps the
 * file staged for the shipper's choice, within the account's staging quota. Stores no shipment.
 */
export async function checkUploadFile(
  db: DbOrTx,
  actor: Actor,
  input: { fileName: string; content: Uint8Array; csvMapping: CsvMapping | null },
): Promise<CheckOutcome> {
  const accountId = ownAccountId(actor);
  // An account with no room left is refused before its file costs a parse.
  const full = stagingQuotaRefusal(await listStagedUploads(db, accountId, new Date()), 0);
  if (full) return full;
  const { outcome, mapping } = await parseWithMapping(db, accountId, input.content, input.csvMapping);
  if (!outcome.ok) return outcome;

  const [settings, existing] = await Promise.all([
    loadAccountRuleSettings(db, accountId),
    storedReferences(db, accountId, outcome.packages),
  ]);
  const checked: CheckedPackage[] = outcome.packages.map((pkg) =>
    checkedPackage(pkg, eligibilityOf(pkg, settings), existing.has(pkg.packageClientReferenceId)),
  );
  const summary = summarise(checked, outcome.rejected.length);
  const report: StoredReport = { summary, rejected: outcome.rejected, csvHeaders: outcome.csvHeaders ?? null };
  const stagedContent = stage(input.content);

  const staging = await db.transaction(async (tx) => {
    await lockAccountStaging(tx, accountId);
    const refusal = stagingQuotaRefusal(await listStagedUploads(tx, accountId, new Date()), stagedContent.length);
    if (refusal) return refusal;
    const [row] = await tx
      .insert(uploads)
      .values({
        accountId,
        userId: actor.userId,
        fileName: input.fileName,
        format: outcome.format,
        packageCount: summary.packages,
        rejectedCount: summary.rejected,
        duplicateCount: summary.alreadyStored,
        eligibleCount: summary.eligible,
        status: 'checked',
        stagedContent,
        stagedBytes: stagedContent.length,
        csvMapping: mapping,
        report,
      })
      .returning({ id: uploads.id });
    if (input.csvMapping && outcome.format === 'csv') {
      await tx
        .insert(csvMappings)
        .values({ accountId, mapping: input.csvMapping })
        .onConflictDoUpdate({ target: csvMappings.accountId, set: { mapping: input.csvMapping, updatedAt: new Date() } });
    }
    return { ok: true as const, uploadId: row!.id };
  });
  if (!staging.ok) return staging;
  const { uploadId } = staging;
  rememberCheckedPackages(uploadId, accountId, outcome.packages);
  return {
    ok: true,
    report: {
      uploadId,
      fileName: input.fileName,
      format: outcome.format,
      summary,
      packages: checked,
      rejected: outcome.rejected,
      csvHeaders: report.csvHeaders,
    },
  };
}

async function stagedUpload(db: DbOrTx, accountId: string, uploadId: string) {
  if (!isUuid(uploadId)) return null;
  const [row] = await db
    .select()
    .from(uploads)
    .where(and(eq(uploads.id, uploadId), eq(uploads.accountId, accountId)))
    .limit(1);
  return row ?? null;
}

/** Staged files are gzipped (a CSV shrinks about tenfold), base64 in a text column. */
function stage(content: Uint8Array): string {
  return gzipSync(content, { level: 1 }).toString('base64');
}

function reparse(staged: string, mapping: CsvMapping | null): ParseOutcome {
  return parseShipmentFile(gunzipSync(Buffer.from(staged, 'base64')), { csvMapping: mapping });
}

/** The packages the check found: still held by this process, or parsed again from the staged file. */
function checkedPackagesOf(
  upload: { id: string; accountId: string; csvMapping: unknown },
  staged: string,
): readonly ParsedPackage[] | null {
  const held = takeCheckedPackages(upload.id, upload.accountId);
  if (held) return held;
  const outcome = reparse(staged, (upload.csvMapping as CsvMapping | null) ?? null);
  return outcome.ok ? outcome.packages : null;
}

/** Step 2, before anything is written: the checked upload and its packages, or why it cannot be stored. */
export async function loadUploadToStore(db: DbOrTx, actor: Actor, uploadId: string): Promise<UploadToStore | StoreRefusal> {
  const accountId = ownAccountId(actor);
  const upload = await stagedUpload(db, accountId, uploadId);
  if (!upload) return { ok: false, status: 404, message: 'No such upload.' };
  if (upload.status !== 'checked' || upload.stagedContent === null) {
    return { ok: false, status: 409, message: `This upload was already ${upload.status}; upload the file again to check it anew.` };
  }
  if (upload.createdAt < stagedExpiryCutoff(new Date())) {
    return {
      ok: false,
      status: 409,
      message: 'This upload waited more than 24 hours and has expired; upload the file again to check it anew.',
    };
  }
  const packages = checkedPackagesOf(upload, upload.stagedContent);
  if (!packages) return { ok: false, status: 409, message: 'The staged file no longer parses; upload it again.' };
  return { ok: true, uploadId, accountId, packages };
}

/**
 * Step 2: stores the valid packages of a checked upload in one transaction. The rules run again, so what
 * is stored is judged by the account's settings at this moment.
 */
export async function storeUpload(
  db: DbOrTx,
  { uploadId, accountId, packages }: UploadToStore,
  onProgress?: (done: number, total: number) => void,
): Promise<StoreOutcome> {
  const settings = await loadAccountRuleSettings(db, accountId);
  const result = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(uploads)
      .set({ status: 'stored', stagedContent: null, stagedBytes: 0, storedAt: new Date() })
      .where(and(eq(uploads.id, uploadId), eq(uploads.status, 'checked')))
      .returning({ id: uploads.id });
    if (!claimed) return null;
    const stored = await storeShipments(tx, accountId, uploadId, packages, (pkg) => eligibilityOf(pkg, settings), onProgress);
    await tx
      .update(uploads)
      .set({ storedCount: stored.stored, duplicateCount: stored.duplicates, eligibleCount: stored.eligibleStored })
      .where(eq(uploads.id, uploadId));
    return stored;
  });
  if (!result) return { ok: false, status: 409, message: 'This upload is already being stored.' };
  return { ok: true, uploadId, ...result };
}

/** Both halves of step 2 at once, for callers that need no answer before storing starts. */
export async function storeCheckedUpload(
  db: DbOrTx,
  actor: Actor,
  uploadId: string,
  onProgress?: (done: number, total: number) => void,
): Promise<StoreOutcome> {
  const toStore = await loadUploadToStore(db, actor, uploadId);
  return toStore.ok ? storeUpload(db, toStore, onProgress) : toStore;
}

/** Drops a checked upload the shipper chose not to store. */
export async function discardCheckedUpload(db: DbOrTx, actor: Actor, uploadId: string): Promise<boolean> {
  const accountId = ownAccountId(actor);
  const upload = await stagedUpload(db, accountId, uploadId);
  if (!upload) throw new NotFoundError('No such upload.');
  forgetCheckedPackages(uploadId);
  const rows = await db
    .update(uploads)
    .set({ status: 'discarded', stagedContent: null, stagedBytes: 0 })
    .where(and(eq(uploads.id, uploadId), eq(uploads.status, 'checked')))
    .returning({ id: uploads.id });
  return rows.length > 0;
}

/** The rejected rows of a checked upload as a CSV with an `error` column, to fix and upload again. */
export async function getRejectedRowsCsv(db: DbOrTx, actor: Actor, uploadId: string): Promise<{ fileName: string; csv: string }> {
  const accountId = ownAccountId(actor);
  const upload = await stagedUpload(db, accountId, uploadId);
  const report = upload?.report as StoredReport | null | undefined;
  if (!upload || !report) throw new NotFoundError('No such upload.');
  const base = upload.fileName.replace(/\.[^.]*$/, '');
  return { fileName: `${base}-rejected.csv`, csv: rejectedRowsCsv(report.csvHeaders ?? [], report.rejected) };
}
