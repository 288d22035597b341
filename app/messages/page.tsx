import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listMessageLog } from '@/db/queries/message-log';
import { isDemoInbox } from '@/lib/env';
import { templateLabel } from '@/lib/messages/template-labels';

/** Outside demo mode the page, its title included, does not exist. */
export function generateMetadata(): Metadata {
  if (!isDemoInbox()) notFound();
  return { title: 'Message log' };
}

/**
 * The demo inbox: what the portal would have sent, newest first. It exists only in demo mode
 * (DEMO_INBOX=1, loopback only): a recipient who is not signed in reads their sign-in code here;
 * passcodes are masked (they are read in Recipient Central only). Anywhere else it is a 404.
 * `?to=<address>` (repeatable) shows only the messages to those addresses.
 */
export default async function MessagesPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  await connection();
  const { to } = await searchParams;
  const addresses = (typeof to === 'string' ? [to] : (to ?? [])).slice(0, 5);
  const messages = await listMessageLog(await getDb(), { to: addresses });
  if (!messages) notFound();
  return (
    <main className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-8">
      <Link href="/" className="mb-4 inline-block text-sm font-semibold text-slate-900 hover:underline">
        Shipper Central
      </Link>
      <PageHeader
        title="Message log"
        description="Demo inbox: nothing is sent in demo mode; these are the SMS and e-mail messages the portal would have sent, newest first. Delivery passcodes are masked here; recipients read theirs in Recipient Central."
      />
      {messages.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">No messages yet.</p>
        </Card>
      ) : (
        <ol className="space-y-3">
          {messages.map((m) => (
            <li key={m.id}>
              <Card>
                <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 font-semibold uppercase text-slate-700">
                    {m.channel === 'sms' ? 'SMS' : 'E-mail'}
                  </span>
                  <span className="font-medium text-slate-700">{templateLabel(m.template)}</span>
                  <span>to {m.to}</span>
                  <span className="ml-auto">
                    {m.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · {m.status}
                  </span>
                </div>
                {m.subject && <p className="text-sm font-semibold text-slate-900">{m.subject}</p>}
                <p className="whitespace-pre-line break-words text-sm text-slate-700" data-testid="message-body">
                  {m.body}
                </p>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
