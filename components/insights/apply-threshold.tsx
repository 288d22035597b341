import { ActionButton } from '@/components/ui/action-button';
import type { ServerAction } from '@/lib/actions/action-result';
import { formatMinorAsDecimal, formatMoney } from '@/lib/otp/money';
import type { Marketplace } from '@/lib/otp/marketplaces';

interface Props {
  marketplace: Marketplace;
  currency: string;
  minor: number;
  action: ServerAction<unknown>;
  /** A manager's account; a shipper's comes from the session. */
  accountId: string | null;
  /** Where to go once saved (the settings page with its audit log). */
  then: string;
}

/** Saves a proposed threshold with the settings page's own action (same validation, same audit row). */
export function ApplyThreshold({ marketplace, currency, minor, action, accountId, then }: Props) {
  const amount = formatMoney(minor, currency, 'en-GB');
  return (
    <ActionButton
      action={action as ServerAction}
      payload={{ marketplace, amount: formatMinorAsDecimal(minor), ...(accountId ? { accountId } : {}) }}
      variant="primary"
      then={then}
      confirm={{
        title: `Set the ${marketplace} threshold to ${amount}?`,
        body: `From now on a ${marketplace} package needs a passcode when its declared value is more than ${amount}. Shipments already labelled keep the threshold they were judged by. The change is recorded in the audit log.`,
        confirmLabel: `Set ${amount}`,
      }}
    >
      Apply {amount} to {marketplace}
    </ActionButton>
  );
}
