'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { StagedUpload } from '@/lib/upload/staging-quota';
import { discardUpload } from './discard-upload';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The checked files that fill the account's staging quota, each with a way to free its place. */
export function StagedUploadsList({ staged }: { staged: StagedUpload[] }) {
  const [waiting, setWaiting] = useState(staged);
  const [failed, setFailed] = useState<string | null>(null);

  async function discard(upload: StagedUpload) {
    setFailed(null);
    if (await discardUpload(upload.uploadId)) setWaiting((list) => list.filter((u) => u.uploadId !== upload.uploadId));
    else setFailed(`${upload.fileName} could not be discarded; please try again.`);
  }

  return (
    <div className="space-y-2" data-testid="staged-uploads">
      <p className="text-sm text-slate-700">
        {waiting.length < staged.length
          ? 'Discarded: upload your file again.'
          : 'Files waiting for your choice (discard one to make room):'}
      </p>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {waiting.map((upload) => (
          <li key={upload.uploadId} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <span>
              <span className="font-medium text-slate-900">{upload.fileName}</span>
              <span className="text-slate-600">
                {' '}
                · {upload.packageCount.toLocaleString('en-GB')} {upload.packageCount === 1 ? 'package' : 'packages'} · checked{' '}
                {when(upload.checkedAt)}, expires {when(upload.expiresAt)}
              </span>
            </span>
            <Button type="button" variant="secondary" onClick={() => void discard(upload)}>
              Discard {upload.fileName}
            </Button>
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" className="text-sm text-red-800">
          {failed}
        </p>
      )}
    </div>
  );
}
