import { StatusPage } from '@/components/ui/status-page';

export default function ShipmentsNotFound() {
  return (
    <StatusPage code="404" title="Not found" way={{ href: '/shipments', label: 'Back to the shipment tracker' }}>
      No such shipment or shipper account, or not one you can open.
    </StatusPage>
  );
}
