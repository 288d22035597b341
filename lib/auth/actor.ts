import type { Marketplace } from '../otp/marketplaces';
import type { Role } from './roles';

/** A delivery associate's station is a marketplace. */
export type Station = Marketplace;

/** Who is acting, as loaded from the database for the signed-in session (never from the request). */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
  email: string;
  /** The shipper account of a shipper; null for every other role. */
  accountId: string | null;
  /** The station (marketplace) of a delivery associate. */
  station: Station | null;
  /** A recipient's normalised mobile number. */
  phoneE164: string | null;
}
