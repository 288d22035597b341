import Link from 'next/link';
import { StatusPage, statusLinkClass } from '@/components/ui/status-page';

export default function ShipmentsNotFound() {
  return (
    <StatusPage
      code="404"
      title="Not found"
      action={
        <Link href="/shipments" className={statusLinkClass}>
          Back to the shipment tracker
        </Link>
      }
    >
      No such shipment or shipper account, or not one you can open.
    </StatusPage>
  );
}
