/** One passcode card in Recipient Central: one shipper account's code for one delivery day. */
export interface PasscodeCardContent {
  deliveryDate: string;
  shipperName: string;
  code: string;
  trackingIds: string[];
}

interface PackageWithNotice {
  trackingId: string;
  shipperAccountId: string;
  shipperName: string;
  deliveryDate: string | null;
  passcode: { kind: string; code?: string };
}

/**
 * A card per (delivery day, shipper account) with a code to tell: each account's packages have their own
 * passcode, so two shippers' packages out the same day show two codes, each with its shipper's name.
 */
export function passcodeCardsOf(packages: readonly PackageWithNotice[]): PasscodeCardContent[] {
  const cards = new Map<string, PasscodeCardContent>();
  for (const p of packages) {
    if (p.passcode.kind !== 'ready' || !p.passcode.code || !p.deliveryDate) continue;
    const key = `${p.deliveryDate}|${p.shipperAccountId}`;
    const card = cards.get(key) ?? { deliveryDate: p.deliveryDate, shipperName: p.shipperName, code: p.passcode.code, trackingIds: [] };
    card.trackingIds.push(p.trackingId);
    cards.set(key, card);
  }
  return [...cards.values()];
}
