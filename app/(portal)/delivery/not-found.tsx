import { StatusPage } from '@/components/ui/status-page';

export default function DeliveryNotFound() {
  return (
    <StatusPage code="404" title="No such package at your station" way={{ href: '/delivery', label: 'Back to today’s deliveries' }}>
      It does not exist, or it belongs to another station.
    </StatusPage>
  );
}
