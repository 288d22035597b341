import Link from 'next/link';
import { StatusPage, statusLinkClass } from '@/components/ui/status-page';

export default function ManagerNotFound() {
  return (
    <StatusPage
      code="404"
      title="No such shipper account"
      action={
        <Link href="/manager" className={statusLinkClass}>
          Back to shipper accounts
        </Link>
      }
    >
      It does not exist, or it is not assigned to you.
    </StatusPage>
  );
}
