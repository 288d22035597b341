import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { UploadWorkbench } from '@/components/upload/upload-workbench';
import { UPLOAD_LIMITS } from '@/lib/upload/limits';
import { requirePageActor } from '../../../_lib/session';

export const metadata: Metadata = { title: 'Upload shipments' };

export default async function UploadPage() {
  await requirePageActor(['shipper']);
  return (
    <>
      <PageHeader
        title="Upload shipments"
        description="Each package is checked against the carrier's Shipping API model and the OTP Secure Delivery rules. You see the report first; nothing is stored until you choose."
        actions={
          <a
            href="/api/uploads/template"
            download
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
          >
            Download the CSV template
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          <UploadWorkbench />
        </div>
        <Card title="What a file may hold" className="h-fit text-sm text-slate-700">
          <ul className="list-disc space-y-1 pl-5">
            <li>
              JSON: a get-rates or one-click-shipment request, an array of them, or one per line (NDJSON). Each package becomes a shipment.
            </li>
            <li>CSV: one row per package, with the template's header. Other headers can be matched to fields on this page.</li>
            <li>
              Up to {UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB and {UPLOAD_LIMITS.maxPackages.toLocaleString('en-GB')} packages per file;
              JSON nested at most {UPLOAD_LIMITS.maxDepth} levels.
            </li>
            <li>
              Your client reference (packageClientReferenceId) must be unique in your account: a package already stored is never stored
              twice.
            </li>
          </ul>
        </Card>
      </div>
    </>
  );
}
