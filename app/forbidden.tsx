import { StatusPage } from '@/components/ui/status-page';

export default function Forbidden() {
  return (
    <main>
      <StatusPage code="403" title="You don’t have access to this page" way={{ href: '/', label: 'Go to my home page' }}>
        Your role can’t open it. If you think you should, ask your account manager.
      </StatusPage>
    </main>
  );
}
