import type { ServerAction } from '@/lib/actions/action-result';
import { ActionButton } from '@/components/ui/action-button';

interface Props {
  endpointId: string;
  enabled: boolean;
  setEnabled: ServerAction;
  rotate: ServerAction;
  sendTest: ServerAction;
  remove: ServerAction;
}

/** The shipper's controls of one endpoint: switch it on or off, test it, rotate its secret, delete it. */
export function EndpointControls({ endpointId, enabled, setEnabled, rotate, sendTest, remove }: Props) {
  const payload = { endpointId };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-3">
        {enabled ? (
          <ActionButton
            action={setEnabled}
            payload={{ endpointId, enabled: false }}
            confirm={{
              title: 'Disable this endpoint?',
              body: 'No events are sent to it while it is disabled, and deliveries waiting to be sent are marked failed (you can retry them after enabling it again).',
              confirmLabel: 'Disable endpoint',
            }}
          >
            Disable
          </ActionButton>
        ) : (
          <ActionButton action={setEnabled} payload={{ endpointId, enabled: true }} variant="primary">
            Enable
          </ActionButton>
        )}
        {enabled && (
          <ActionButton action={sendTest} payload={payload}>
            Send test event
          </ActionButton>
        )}
        <ActionButton
          action={rotate}
          payload={payload}
          confirm={{
            title: 'Rotate the signing secret?',
            body: 'A new secret signs every delivery from now on. For 24 hours each delivery also carries a signature made with the current secret, so switch your receiver to the new one within a day.',
            confirmLabel: 'Rotate now',
          }}
        >
          Rotate secret
        </ActionButton>
        <ActionButton
          action={remove}
          payload={payload}
          variant="danger"
          then="/settings/webhooks"
          confirm={{
            title: 'Delete this endpoint?',
            body: 'It stops receiving events at once, and its delivery log and any deliveries waiting to be sent are deleted with it. This cannot be undone.',
            confirmLabel: 'Delete endpoint',
          }}
        >
          Delete
        </ActionButton>
      </div>
      {!enabled && <p className="text-xs text-slate-600">Enable the endpoint to send it a test event.</p>}
    </div>
  );
}
