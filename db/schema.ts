import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  customType,
  doublePrecision,
  smallint,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../lib/auth/roles';
import { MARKETPLACE_CODES } from '../lib/otp/marketplaces';
import type { StoredEligibility } from '../lib/otp/stored-eligibility';
import { CARRIER_STATUSES, EVENT_CODES, TRACKER_STATES } from '../lib/tracker/states';
import { recipientNamePrefixesOf } from './recipient-name-prefixes';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
/** Money is always integer minor units (pence, cents, paise) beside its ISO 4217 currency. */
const minorUnits = (name: string) => bigint(name, { mode: 'number' });
/**
 * Identifiers compared byte by byte: one index then serves both sorting and `LIKE 'prefix%'`, and
 * index inserts skip the locale's comparison rules (a 100,000-package upload writes every one).
 */
const identifier = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const roleEnum = pgEnum('role', ROLES);
export const marketplaceEnum = pgEnum('marketplace', MARKETPLACE_CODES);
export const channelTypeEnum = pgEnum('channel_type', ['EXTERNAL', 'AMAZON']);
export const carrierStatusEnum = pgEnum('carrier_status', CARRIER_STATUSES);
export const eventCodeEnum = pgEnum('event_code', EVENT_CODES);
/** What the tracker shows; derived from status, detail code and last event by lib/tracker. */
export const trackerStateEnum = pgEnum('tracker_state', TRACKER_STATES);
export const notificationChannelEnum = pgEnum('notification_channel', ['sms', 'email']);
export const notificationStatusEnum = pgEnum('notification_status', ['pending', 'sent', 'failed']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: roleEnum('role').notNull(),
    accountId: uuid('account_id').references((): AnyPgColumn => shipperAccounts.id),
    station: marketplaceEnum('station'),
    phoneE164: text('phone_e164'),
    tokenVersion: integer('token_version').notNull().default(0),
    disabled: boolean('disabled').notNull().default(false),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    index('users_phone_idx').on(t.phoneE164),
    index('users_account_idx').on(t.accountId),
  ],
);
export type User = typeof users.$inferSelect;

export const shipperAccounts = pgTable(
  'shipper_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    homeMarketplace: marketplaceEnum('home_marketplace').notNull(),
    marketplaces: marketplaceEnum('marketplaces').array().notNull(),
    emailNotifications: boolean('email_notifications').notNull().default(true),
    smsNotifications: boolean('sms_notifications').notNull().default(true),
    otpEnabled: boolean('otp_enabled').notNull().default(false),
    managerUserId: uuid('manager_user_id').references((): AnyPgColumn => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('shipper_accounts_manager_idx').on(t.managerUserId)],
);

/** An account's own OTP threshold for one marketplace; absence means the marketplace default. */
export const accountThresholds = pgTable(
  'account_thresholds',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id, { onDelete: 'cascade' }),
    marketplace: marketplaceEnum('marketplace').notNull(),
    valueMinor: minorUnits('value_minor').notNull(),
    currency: text('currency').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.marketplace] })],
);

type UploadStatus = 'checked' | 'stored' | 'discarded';

export const uploads = pgTable(
  'uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    packageCount: integer('package_count').notNull(),
    storedCount: integer('stored_count').notNull().default(0),
    duplicateCount: integer('duplicate_count').notNull().default(0),
    rejectedCount: integer('rejected_count').notNull().default(0),
    eligibleCount: integer('eligible_count').notNull().default(0),
    /** 'checked' (report shown, nothing stored yet), 'stored' or 'discarded'. */
    status: text('status').$type<UploadStatus>().notNull().default('checked'),
    /** The file (gzip, base64) while it waits for the shipper's choice; cleared once stored or discarded. */
    stagedContent: text('staged_content'),
    /** Size of `stagedContent`, counted against the account's staging quota. */
    stagedBytes: integer('staged_bytes').notNull().default(0),
    csvMapping: jsonb('csv_mapping').$type<Record<string, string>>(),
    report: jsonb('report'),
    /** The API key of a oneClickShipment request (format 'api'): one upload row per request. */
    apiKeyId: uuid('api_key_id').references((): AnyPgColumn => apiKeys.id),
    createdAt: createdAt(),
    storedAt: timestamp('stored_at', { withTimezone: true }),
  },
  (t) => [
    index('uploads_account_idx').on(t.accountId, t.createdAt),
    // The scheduled discard of expired staged files reads only these.
    index('uploads_checked_created_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'checked'`),
  ],
);

/** A CSV column mapping remembered per account for its next upload. */
export const csvMappings = pgTable('csv_mappings', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => shipperAccounts.id, { onDelete: 'cascade' }),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
  updatedAt: updatedAt(),
});

export const shipments = pgTable(
  'shipments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id),
    trackingId: identifier('tracking_id').notNull(),
    packageClientReferenceId: identifier('package_client_reference_id').notNull(),
    uploadId: uuid('upload_id').references(() => uploads.id),
    channelType: channelTypeEnum('channel_type').notNull(),
    prepaid: boolean('prepaid').notNull(),
    marketplace: marketplaceEnum('marketplace'),
    shipToCountry: text('ship_to_country').notNull(),
    recipientName: text('recipient_name').notNull(),
    /** The prefixes of the name's words for the tracker's search (db/recipient-name-prefixes.ts); the database keeps it. */
    recipientNamePrefixes: tsvector('recipient_name_prefixes').generatedAlwaysAs((): SQL =>
      recipientNamePrefixesOf(shipments.recipientName),
    ),
    recipientEmail: text('recipient_email'),
    recipientPhone: text('recipient_phone'),
    recipientPhoneE164: text('recipient_phone_e164'),
    shipTo: jsonb('ship_to'),
    shipFrom: jsonb('ship_from'),
    insuredValueMinor: minorUnits('insured_value_minor').notNull(),
    insuredCurrency: text('insured_currency').notNull(),
    weight: jsonb('weight').$type<{ value: number; unit: string }>(),
    dimensions: jsonb('dimensions').$type<{ length: number; width: number; height: number; unit: string }>(),
    isHazmat: boolean('is_hazmat').notNull().default(false),
    otpEligible: boolean('otp_eligible').notNull(),
    /** The package's items in file order; read only with their shipment, so kept on its row. */
    items: jsonb('items')
      .$type<ShipmentItem[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The eligibility result at label time, with the threshold it used: history is never rewritten. */
    eligibility: jsonb('eligibility').$type<StoredEligibility>().notNull(),
    status: carrierStatusEnum('status').notNull().default('PreTransit'),
    detailCode: text('detail_code'),
    trackerState: trackerStateEnum('tracker_state').notNull().default('label_created'),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }).notNull().defaultNow(),
    deliveryDate: date('delivery_date'),
    /** Times it went out for delivery, times its passcode locked, and when it last went out: kept by a trigger (migration 0011). */
    deliveryAttempts: smallint('delivery_attempts').notNull().default(0),
    lockouts: smallint('lockouts').notNull().default(0),
    outForDeliveryAt: timestamp('out_for_delivery_at', { withTimezone: true }),
    /** The carrier service a oneClickShipment chose; null for uploads (the marketplace's standard service). */
    serviceId: text('service_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('shipments_tracking_id_unique').on(t.trackingId),
    uniqueIndex('shipments_account_client_ref_unique').on(t.accountId, t.packageClientReferenceId),
    // The tracker's sort by last event, and its counts: the trailing marketplace and OTP columns let a count
    // under a date range (marketplace days), a marketplace or the OTP filter read the index alone.
    index('shipments_account_last_event_idx').on(t.accountId, t.lastEventAt.desc(), t.id, t.marketplace, t.otpEligible),
    index('shipments_account_state_last_event_idx').on(
      t.accountId,
      t.trackerState,
      t.lastEventAt.desc(),
      t.id,
      t.marketplace,
      t.otpEligible,
    ),
    index('shipments_account_created_idx').on(t.accountId, t.createdAt.desc(), t.id),
    index('shipments_account_value_idx').on(t.accountId, t.insuredValueMinor, t.id),
    // The threshold what-if counts and lists the shipments only the switches and the threshold decide, by value within
    // a marketplace and label days; with created_at in the index a count never visits the table.
    index('shipments_account_intrinsic_value_idx')
      .on(t.accountId, t.marketplace, t.insuredValueMinor, t.createdAt)
      .where(sql`shipment_otp_intrinsic(${t.eligibility})`),
    index('shipments_recipient_day_idx').on(t.recipientPhoneE164, t.deliveryDate),
    // Recipient Central finds a recipient's packages by mobile number (above) or e-mail address, in any case.
    index('shipments_recipient_email_idx').on(sql`lower(${t.recipientEmail})`),
    // A station's packages per state, newest first: the delivery list reads the top of each state.
    index('shipments_marketplace_state_last_event_idx').on(t.marketplace, t.trackerState, t.lastEventAt.desc(), t.id),
    // Tracker: keyset sorts and prefix search. The identifiers' "C" collation lets their plain indexes serve
    // LIKE 'x%'; the recipient's name is searched by the prefix of any of its words, through the GIN index of
    // those prefixes.
    index('shipments_account_tracking_id_idx').on(t.accountId, t.trackingId),
    index('shipments_account_recipient_idx').on(t.accountId, t.recipientName, t.id),
    index('shipments_recipient_name_prefixes_idx').using('gin', t.recipientNamePrefixes),
    // The shipments one upload stored, newest first: where the upload page's "open in the tracker" lands.
    index('shipments_upload_last_event_idx').on(t.uploadId, t.lastEventAt.desc(), t.id),
  ],
);
export type Shipment = typeof shipments.$inferSelect;
export type NewShipment = typeof shipments.$inferInsert;

/** One item of a package; money in minor units of its currency. */
export interface ShipmentItem {
  description: string | null;
  itemIdentifier: string | null;
  quantity: number;
  valueMinor: number | null;
  currency: string | null;
  weight: { value: number; unit: string } | null;
}

export const trackingEvents = pgTable(
  'tracking_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    eventCode: eventCodeEnum('event_code').notNull(),
    status: carrierStatusEnum('status').notNull(),
    detailCode: text('detail_code'),
    eventTime: timestamp('event_time', { withTimezone: true }).notNull().defaultNow(),
    location: jsonb('location').$type<{ city?: string; stateOrRegion?: string; postalCode?: string; countryCode?: string }>(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
  },
  (t) => [index('tracking_events_shipment_idx').on(t.shipmentId, t.eventTime)],
);

/**
 * One passcode per shipper account × recipient (normalised mobile) × delivery day: a shipper can never
 * cause a code that gates another account's package to be sent to an address it chose. Never plaintext:
 * a keyed hash to check it and an encrypted copy only the recipient's own page decrypts; the keys live
 * outside the DB.
 */
export const passcodes = pgTable(
  'passcodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id),
    recipientPhoneE164: text('recipient_phone_e164').notNull(),
    deliveryDate: date('delivery_date').notNull(),
    marketplace: marketplaceEnum('marketplace').notNull(),
    codeHmac: text('code_hmac').notNull(),
    codeCiphertext: text('code_ciphertext').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    resendCount: integer('resend_count').notNull().default(0),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('passcodes_account_recipient_day_unique').on(t.accountId, t.recipientPhoneE164, t.deliveryDate),
    index('passcodes_recipient_day_idx').on(t.recipientPhoneE164, t.deliveryDate),
    // Insights sum an account's resends per delivery day; few passcodes are ever resent.
    index('passcodes_account_day_resent_idx')
      .on(t.accountId, t.deliveryDate, t.marketplace, t.resendCount)
      .where(sql`${t.resendCount} > 0`),
  ],
);
export type Passcode = typeof passcodes.$inferSelect;

/** Delivery state of an outbox row (a recipient message or a webhook delivery). `failed` is the dead letter. */
const outboxColumns = () => ({
  status: notificationStatusEnum('status').notNull().default('pending'),
  /** Tries started so far; a claimed row counts its try before it is sent. */
  attempts: integer('attempts').notNull().default(0),
  /** When a worker may take it next: due now, after a retry's backoff, or after a claim's lease runs out. */
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
  lastError: text('last_error'),
  createdAt: createdAt(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
});

/**
 * Recipient communications (the outbox): written in the transaction that causes them, sent by the outbox
 * worker on any instance, never twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').references(() => shipperAccounts.id),
    shipmentId: uuid('shipment_id').references(() => shipments.id, { onDelete: 'cascade' }),
    passcodeId: uuid('passcode_id').references(() => passcodes.id),
    channel: notificationChannelEnum('channel').notNull(),
    toAddress: text('to_address').notNull(),
    template: text('template').notNull(),
    subject: text('subject'),
    /** The body with `{{code}}` where a secret goes; the secret itself is only in `secretCiphertext`. */
    body: text('body').notNull(),
    /** A sign-in code or passcode sealed with OTP_ENC_KEY, substituted by the transport at send time. */
    secretCiphertext: text('secret_ciphertext'),
    ...outboxColumns(),
  },
  (t) => [
    index('notifications_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('notifications_account_idx').on(t.accountId, t.createdAt),
    index('notifications_shipment_idx').on(t.shipmentId),
  ],
);
export type Notification = typeof notifications.$inferSelect;

/**
 * A shipper's HTTPS endpoint for signed webhooks (Standard Webhooks). Its `whsec_` secret is sealed with
 * OTP_ENC_KEY; after a rotation the previous one still signs until `previousSecretExpiresAt`.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    events: text('events').array().notNull(),
    secretCiphertext: text('secret_ciphertext').notNull(),
    previousSecretCiphertext: text('previous_secret_ciphertext'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
    enabled: boolean('enabled').notNull().default(true),
    /** Why it was switched off automatically (repeated failures); null when enabled or switched off by hand. */
    disabledReason: text('disabled_reason'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('webhook_endpoints_account_idx').on(t.accountId)],
);
export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;

/** One event for one endpoint: the exact signed body and its `webhook-id`, kept the same across retries. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: text('message_id').notNull(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id),
    eventType: text('event_type').notNull(),
    shipmentId: uuid('shipment_id').references(() => shipments.id, { onDelete: 'cascade' }),
    payload: text('payload').notNull(),
    responseStatus: integer('response_status'),
    ...outboxColumns(),
  },
  (t) => [
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
  ],
);
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;

export const passcodeCheckOutcomeEnum = pgEnum('passcode_check_outcome', ['right', 'wrong', 'locked', 'expired', 'resent']);

/** Proof of delivery: every passcode entry and resend on a package, by whom and where; never the code. */
export const passcodeChecks = pgTable(
  'passcode_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shipmentId: uuid('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    passcodeId: uuid('passcode_id').references(() => passcodes.id),
    actorUserId: uuid('actor_user_id')
      .notNull()
      .references(() => users.id),
    station: marketplaceEnum('station').notNull(),
    outcome: passcodeCheckOutcomeEnum('outcome').notNull(),
    /** Which wrong entry this was (1 to 3) for `wrong` and the locking `locked`; the resend's number for `resent`. */
    attemptNumber: integer('attempt_number'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('passcode_checks_shipment_idx').on(t.shipmentId, t.at)],
);
export type PasscodeCheck = typeof passcodeChecks.$inferSelect;

/** Sign-in codes for Recipient Central (no passwords for recipients). */
export const recipientSignInCodes = pgTable(
  'recipient_sign_in_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHmac: text('code_hmac').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('recipient_sign_in_codes_user_idx').on(t.userId, t.createdAt)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorRole: roleEnum('actor_role').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
  },
  (t) => [index('audit_log_account_idx').on(t.accountId, t.at.desc())],
);

export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    query: text('query').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('saved_views_user_name_unique').on(t.userId, t.name)],
);

/**
 * One signed-in session (a browser's JWT names it). Ends at sign-out (revoked), after 24 hours from
 * sign-in whatever the use, or after its role's idle time; checked on every request, on every instance.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    signedInAt: timestamp('signed_in_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId), index('user_sessions_signed_in_idx').on(t.signedInAt)],
);

/**
 * Consecutive failed sign-ins per identifier (a normalised e-mail address or recipient identifier), known
 * or not, so an unknown account is throttled exactly like a real one. Reset by a successful sign-in.
 */
export const signInFailures = pgTable('sign_in_failures', {
  identifierKey: text('identifier_key').primaryKey(),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Fixed-window counters shared by every instance (per client address, per identifier per day, …). */
export const rateLimitWindows = pgTable('rate_limit_windows', {
  bucket: text('bucket').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  hits: integer('hits').notNull(),
});

/**
 * A shipper account's key for the carrier-compatible API. Only a SHA-256 of the key is kept: keys are 32
 * random bytes, so a fast hash cannot be guessed back, and a lookup by it needs no per-key salt.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** The key's first characters, shown in the list beside `lastFour`. */
    prefix: text('prefix').notNull(),
    lastFour: text('last_four').notNull(),
    keyHash: text('key_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_key_hash_unique').on(t.keyHash), index('api_keys_account_idx').on(t.accountId, t.createdAt)],
);

/** Each API key's token bucket (rate per second, burst), shared by every portal instance. */
export const apiKeyBuckets = pgTable('api_key_buckets', {
  keyId: uuid('key_id')
    .primaryKey()
    .references(() => apiKeys.id, { onDelete: 'cascade' }),
  tokens: doublePrecision('tokens').notNull(),
  refilledAt: timestamp('refilled_at', { withTimezone: true }).notNull(),
});

/** A getRates answer remembered for a while, so a oneClickShipment can name the rate it was quoted. */
export const apiRateRequests = pgTable(
  'api_rate_requests',
  {
    requestToken: uuid('request_token').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => shipperAccounts.id),
    rates: jsonb('rates').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('api_rate_requests_expires_idx').on(t.expiresAt)],
);

/**
 * Shipment counts and declared value per account × label day (in the marketplace's time zone) ×
 * marketplace × tracker state × OTP eligibility × first ineligibility reason × currency, for figures
 * over months without reading the shipments. Kept by triggers on `shipments` in the writing
 * transaction (migration 0009) as signed delta rows — inserts only, so concurrent writers never wait
 * on one another — and merged by `compactShipmentRollups`; a figure is the sum of its rows.
 */
export const shipmentRollups = pgTable(
  'shipment_rollups',
  {
    accountId: uuid('account_id').notNull(),
    day: date('day').notNull(),
    /** '' for a shipment outside every marketplace. */
    marketplace: text('marketplace').notNull(),
    trackerState: trackerStateEnum('tracker_state').notNull(),
    otpEligible: boolean('otp_eligible').notNull(),
    /** The first reason the shipment was not OTP eligible, '' when it was. */
    reason: text('reason').notNull(),
    currency: text('currency').notNull(),
    /** Times out for delivery, 2 standing for 2 or more (a first-attempt delivery went out once). */
    attempts: smallint('attempts').notNull().default(0),
    /** Its passcode was locked by 3 wrong entries at least once. */
    lockedOut: boolean('locked_out').notNull().default(false),
    shipments: integer('shipments').notNull(),
    valueMinor: minorUnits('value_minor').notNull(),
  },
  // Every column, so a period's figures are read from the index alone: an account's rows of a day are scattered
  // over the table (inserted as deltas among every other account's), one page visit per row otherwise.
  (t) => [
    index('shipment_rollups_account_day_covering_idx').on(
      t.accountId,
      t.day,
      t.marketplace,
      t.trackerState,
      t.otpEligible,
      t.reason,
      t.currency,
      t.attempts,
      t.lockedOut,
      t.shipments,
      t.valueMinor,
    ),
  ],
);

/**
 * Delivered shipments per account × label day × marketplace × OTP eligibility × 10-minute bin of the time from
 * (last) out for delivery to delivered (bin 72 holds 12 hours or more): medians without reading shipments.
 * Signed delta rows kept by the same triggers as `shipment_rollups`.
 */
export const deliveryTimeRollups = pgTable(
  'delivery_time_rollups',
  {
    accountId: uuid('account_id').notNull(),
    day: date('day').notNull(),
    marketplace: text('marketplace').notNull(),
    otpEligible: boolean('otp_eligible').notNull(),
    minutesBin: smallint('minutes_bin').notNull(),
    shipments: integer('shipments').notNull(),
  },
  // Every column, for index-only reads (see shipment_rollups).
  (t) => [
    index('delivery_time_rollups_account_day_covering_idx').on(t.accountId, t.day, t.marketplace, t.otpEligible, t.minutesBin, t.shipments),
  ],
);

/**
 * Shipments and value per account × label day × marketplace × currency × value band (SQL
 * `shipment_value_band`, lib/insights/value-bands.ts) × whether only the account's switches and the
 * threshold decide its OTP (`shipment_otp_intrinsic`): the what-if's histogram and counts. Signed delta rows
 * kept by the same triggers as `shipment_rollups`.
 */
export const shipmentValueRollups = pgTable(
  'shipment_value_rollups',
  {
    accountId: uuid('account_id').notNull(),
    day: date('day').notNull(),
    marketplace: text('marketplace').notNull(),
    currency: text('currency').notNull(),
    otpIntrinsic: boolean('otp_intrinsic').notNull(),
    band: smallint('band').notNull(),
    shipments: integer('shipments').notNull(),
    valueMinor: minorUnits('value_minor').notNull(),
  },
  // Every column, for index-only reads (see shipment_rollups).
  (t) => [
    index('shipment_value_rollups_account_day_covering_idx').on(
      t.accountId,
      t.day,
      t.marketplace,
      t.currency,
      t.otpIntrinsic,
      t.band,
      t.shipments,
      t.valueMinor,
    ),
  ],
);
