import Link from 'next/link';
import { StatusPage, statusLinkClass } from '@/components/ui/status-page';

export default function NotFound() {
  return (
    <main>
      <StatusPage
        code="404"
        title="Not found"
        action={
          <Link href="/" className={statusLinkClass}>
            Go to my home page
          </Link>
        }
      >
        There is nothing here you can open.
      </StatusPage>
    </main>
  );
}
