'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { UploadReport } from '@/lib/upload/report';
import { unpackReport } from '@/lib/upload/report-wire';
import { NO_FILTER, type PackageFilter } from '@/lib/upload/package-filter';
import type { StagedUpload } from '@/lib/upload/staging-quota';
import type { CsvHeadersUnmapped } from '@/lib/upload/types';
import type { CheckLine, StoreLine, StoreSuccess } from '@/lib/upload/upload-responses';
import { CheckedPackagesTable } from './checked-packages-table';
import { discardUpload } from './discard-upload';
import { FileDrop } from './file-drop';
import { MappingForm } from './mapping-form';
import { ndjsonRequest } from './ndjson-request';
import { ProgressBar } from './progress-bar';
import { RejectedRowsList } from './rejected-rows-list';
import { StagedUploadsList } from './staged-uploads-list';
import { UploadSummaryView } from './upload-summary';

type Stored = Omit<StoreSuccess, 'ok' | 'uploadId'>;

type Step =
  | { kind: 'idle'; error: string | null; staged?: StagedUpload[] }
  | { kind: 'uploading'; fileName: string; fraction: number }
  | { kind: 'checking'; fileName: string }
  | { kind: 'mapping'; file: File; request: CsvHeadersUnmapped }
  | { kind: 'report'; report: UploadReport; error: string | null }
  | { kind: 'storing'; report: UploadReport; fraction: number }
  | { kind: 'stored'; report: UploadReport; result: Stored };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : 'The request failed; please try again.');

export function UploadWorkbench() {
  const [step, setStep] = useState<Step>({ kind: 'idle', error: null });
  const [filter, setFilter] = useState<PackageFilter>(NO_FILTER);

  async function check(file: File, mapping: Record<string, string> | null) {
    setFilter(NO_FILTER);
    setStep({ kind: 'uploading', fileName: file.name, fraction: 0 });
    let outcome = null as CheckLine | null;
    try {
      await ndjsonRequest<CheckLine>({
        method: 'POST',
        url: '/api/uploads',
        body: file,
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-File-Name': encodeURIComponent(file.name),
          ...(mapping ? { 'X-Csv-Mapping': encodeURIComponent(JSON.stringify(mapping)) } : {}),
        },
        onUploadProgress: (fraction) =>
          setStep(fraction < 1 ? { kind: 'uploading', fileName: file.name, fraction } : { kind: 'checking', fileName: file.name }),
        onEvent: (line) => {
          outcome = line;
        },
      });
    } catch (error) {
      setStep({ kind: 'idle', error: messageOf(error) });
      return;
    }
    if (outcome?.ok) setStep({ kind: 'report', report: unpackReport(outcome.report), error: null });
    else if (outcome?.code === 'CSV_HEADERS_UNMAPPED') setStep({ kind: 'mapping', file, request: outcome });
    else if (outcome?.code === 'STAGING_QUOTA_EXCEEDED')
      setStep({ kind: 'idle', error: `${file.name}: ${outcome.message}`, staged: outcome.staged });
    else setStep({ kind: 'idle', error: `${file.name}: ${outcome?.message ?? 'The file could not be checked.'}` });
  }

  async function store(report: UploadReport) {
    setStep({ kind: 'storing', report, fraction: 0 });
    let outcome = null as Extract<StoreLine, { type: 'result' }> | null;
    try {
      await ndjsonRequest<StoreLine>({
        method: 'POST',
        url: `/api/uploads/${report.uploadId}/store`,
        onEvent: (line) => {
          if (line.type === 'progress') setStep({ kind: 'storing', report, fraction: line.done / line.total });
          else outcome = line;
        },
      });
    } catch (error) {
      setStep({ kind: 'report', report, error: messageOf(error) });
      return;
    }
    if (outcome?.ok) setStep({ kind: 'stored', report, result: outcome });
    else setStep({ kind: 'report', report, error: outcome?.message ?? 'Nothing was stored; please try again.' });
  }

  async function discard(report: UploadReport) {
    await discardUpload(report.uploadId);
    setStep({ kind: 'idle', error: null });
  }

  if (step.kind === 'idle' || step.kind === 'uploading' || step.kind === 'checking') {
    const busy = step.kind !== 'idle';
    return (
      <div className="space-y-4">
        <FileDrop onFile={(file) => void check(file, null)} disabled={busy} />
        {step.kind === 'uploading' && <ProgressBar label={`Uploading ${step.fileName}`} fraction={step.fraction} />}
        {step.kind === 'checking' && <ProgressBar label={`Checking ${step.fileName}: every package, every rule`} fraction={null} />}
        {step.kind === 'idle' && step.error && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            {step.error} Nothing was stored.
          </p>
        )}
        {step.kind === 'idle' && step.staged && <StagedUploadsList key={step.staged.map((u) => u.uploadId).join()} staged={step.staged} />}
      </div>
    );
  }

  if (step.kind === 'mapping') {
    return (
      <MappingForm
        request={step.request}
        fileName={step.file.name}
        onSubmit={(mapping) => void check(step.file, mapping)}
        onCancel={() => setStep({ kind: 'idle', error: null })}
      />
    );
  }

  const { report } = step;
  const { summary } = report;
  const rejectedHref = `/api/uploads/${report.uploadId}/rejected`;
  return (
    <div className="space-y-6">
      <Card title={`Report for ${report.fileName}`}>
        <UploadSummaryView summary={summary} onReason={(reason) => setFilter({ ...NO_FILTER, reason })} />
        <div className="mt-5 border-t border-slate-200 pt-4">
          {step.kind === 'report' && (
            <div className="space-y-3">
              <p className="text-sm text-slate-700" data-testid="upload-next-step">
                {summary.toStore === 0
                  ? summary.alreadyStored > 0
                    ? `Every valid package of this file is already stored (${plural(summary.alreadyStored, 'package')}); storing it again adds nothing.`
                    : 'No package of this file can be stored: fix the rejected rows and upload again.'
                  : summary.rejected > 0
                    ? `Nothing is stored yet. Fix the rejected rows and upload again, or store the ${plural(summary.toStore, 'valid package')} now and fix the rest later.`
                    : `Nothing is stored yet. ${plural(summary.toStore, 'package')} will be stored${summary.alreadyStored ? `; ${plural(summary.alreadyStored, 'package')} already stored will be skipped` : ''}.`}
              </p>
              {step.error && (
                <p role="alert" className="text-sm text-red-800">
                  {step.error}
                </p>
              )}
              <div className="flex flex-wrap gap-2">
                {summary.toStore > 0 && (
                  <Button type="button" onClick={() => void store(report)}>
                    {summary.rejected > 0
                      ? `Store the ${plural(summary.toStore, 'valid package')} now`
                      : `Store ${plural(summary.toStore, 'package')}`}
                  </Button>
                )}
                {summary.rejected > 0 && (
                  <a
                    href={rejectedHref}
                    download
                    className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
                  >
                    Download rejected rows (CSV)
                  </a>
                )}
                <Button type="button" variant="secondary" onClick={() => void discard(report)}>
                  {summary.toStore > 0 ? 'Discard and upload another file' : 'Upload another file'}
                </Button>
              </div>
            </div>
          )}
          {step.kind === 'storing' && (
            <ProgressBar label={`Storing ${plural(summary.toStore, 'package')} in one transaction`} fraction={step.fraction} />
          )}
          {step.kind === 'stored' && (
            <div role="status" className="space-y-3">
              <p className="text-sm font-medium text-emerald-800">
                Stored {plural(step.result.stored, 'package')} as “Label Created” ({step.result.eligibleStored.toLocaleString('en-GB')} OTP
                eligible).
                {step.result.duplicates > 0 &&
                  ` ${plural(step.result.duplicates, 'package')} were already stored and were not stored again.`}
              </p>
              <div className="flex flex-wrap gap-2">
                <Link
                  href={step.result.stored > 0 ? `/shipments?upload=${report.uploadId}` : '/shipments'}
                  className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700"
                >
                  {step.result.stored > 0
                    ? `Open the ${plural(step.result.stored, 'stored shipment')} in the tracker`
                    : 'Open the shipment tracker'}
                </Link>
                {summary.rejected > 0 && (
                  <a
                    href={rejectedHref}
                    download
                    className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
                  >
                    Download rejected rows (CSV)
                  </a>
                )}
                <Button type="button" variant="secondary" onClick={() => setStep({ kind: 'idle', error: null })}>
                  Upload another file
                </Button>
              </div>
            </div>
          )}
        </div>
      </Card>
      {report.rejected.length > 0 && (
        <Card title={`Rejected rows (${report.rejected.length.toLocaleString('en-GB')})`}>
          <RejectedRowsList rows={report.rejected} />
        </Card>
      )}
      {report.packages.length > 0 && (
        <Card title="Packages">
          <CheckedPackagesTable packages={report.packages} filter={filter} onFilter={setFilter} />
        </Card>
      )}
    </div>
  );
}
