import { StatusPage } from '@/components/ui/status-page';

export default function NotFound() {
  return (
    <main>
      <StatusPage code="404" title="Not found" way={{ href: '/', label: 'Go to my home page' }}>
        There is nothing here you can open.
      </StatusPage>
    </main>
  );
}
