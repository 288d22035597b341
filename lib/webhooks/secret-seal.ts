import { decryptSecret, encryptSecret } from '../passcode';

/** Binds a sealed signing secret to its endpoint: a ciphertext copied to another row does not open. */
const associatedData = (endpointId: string) => `webhook-secret:${endpointId}`;

export function sealWebhookSecret(secret: string, endpointId: string, key: Buffer): string {
  return encryptSecret(secret, key, associatedData(endpointId));
}

export function openWebhookSecret(sealed: string, endpointId: string, key: Buffer): string {
  return decryptSecret(sealed, key, associatedData(endpointId));
}
