import Link from 'next/link';
import { StatusPage, statusLinkClass } from '@/components/ui/status-page';

export default function Forbidden() {
  return (
    <main>
      <StatusPage
        code="403"
        title="You don’t have access to this page"
        action={
          <Link href="/" className={statusLinkClass}>
            Go to my home page
          </Link>
        }
      >
        Your role can’t open it. If you think you should, ask your account manager.
      </StatusPage>
    </main>
  );
}
