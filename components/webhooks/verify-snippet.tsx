import { WEBHOOK_RETRY_POLICY } from '@/lib/outbox/retry-policy';

const SNIPPET = `import { Webhook } from 'standardwebhooks';

// The signing secret above ("whsec_…"); keep it out of your code, e.g. in an environment variable.
const webhook = new Webhook(process.env.SHIPPER_CENTRAL_WEBHOOK_SECRET);

// body: the raw request body as text, exactly as received (verify before parsing it).
// headers: the request's webhook-id, webhook-timestamp and webhook-signature headers.
const event = webhook.verify(body, {
  'webhook-id': request.headers['webhook-id'],
  'webhook-timestamp': request.headers['webhook-timestamp'],
  'webhook-signature': request.headers['webhook-signature'],
});
// verify() throws when the signature or timestamp is wrong: answer 400 and drop the request.`;

/** How a receiver checks a delivery, with the Standard Webhooks library for Node.js. */
export function VerifySnippet() {
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>
        Every delivery is signed per{' '}
        <a href="https://www.standardwebhooks.com/" className="text-brand-700 underline" rel="noreferrer" target="_blank">
          Standard Webhooks
        </a>
        . Check it before trusting it, e.g. in Node.js with <code className="font-mono">npm install standardwebhooks</code>:
      </p>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
        <code>{SNIPPET}</code>
      </pre>
      <p>
        After a secret rotation each delivery carries two signatures for 24 hours, one per secret; either one verifies. Answer quickly with
        any 2xx status; any other answer, or none, is retried with growing waits, up to {WEBHOOK_RETRY_POLICY.maxAttempts} tries in all. The{' '}
        <code className="font-mono">webhook-id</code> header stays the same across retries, so use it to ignore repeats.
      </p>
    </div>
  );
}
