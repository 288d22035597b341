import { getDb } from '@/db/client';
import { createApiKey } from '@/db/queries/api-keys';
import type { Marketplace } from '@/lib/otp/marketplaces';
import { actorOf } from './fixtures';
import { createStation } from './delivery-fixtures';
import { shippingApi } from './shipping-v2-client';

let sequence = 0;

/** An OTP-enabled account in `marketplace` with its shipper, the station's DA, and an API key of the shipper's. */
export async function createApiShipper(
  marketplace: Marketplace = 'UK',
  account: { otpEnabled?: boolean; smsNotifications?: boolean; emailNotifications?: boolean } = {},
) {
  const station = await createStation(marketplace, account);
  sequence += 1;
  const { key, apiKey } = await createApiKey(await getDb(), actorOf(station.shipper), `test key ${sequence}`);
  return { ...station, key, keyId: apiKey.id, api: shippingApi(key) };
}
