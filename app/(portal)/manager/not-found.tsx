import { StatusPage } from '@/components/ui/status-page';

export default function ManagerNotFound() {
  return (
    <StatusPage code="404" title="No such shipper account" way={{ href: '/manager', label: 'Back to shipper accounts' }}>
      It does not exist, or it is not assigned to you.
    </StatusPage>
  );
}
