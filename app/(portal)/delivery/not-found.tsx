import Link from 'next/link';
import { StatusPage, statusLinkClass } from '@/components/ui/status-page';

export default function DeliveryNotFound() {
  return (
    <StatusPage
      code="404"
      title="No such package at your station"
      action={
        <Link href="/delivery" className={statusLinkClass}>
          Back to today’s deliveries
        </Link>
      }
    >
      It does not exist, or it belongs to another station.
    </StatusPage>
  );
}
