CREATE TABLE "delivery_time_rollups" (
	"account_id" uuid NOT NULL,
	"day" date NOT NULL,
	"marketplace" text NOT NULL,
	"otp_eligible" boolean NOT NULL,
	"minutes_bin" smallint NOT NULL,
	"shipments" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_value_rollups" (
	"account_id" uuid NOT NULL,
	"day" date NOT NULL,
	"marketplace" text NOT NULL,
	"currency" text NOT NULL,
	"otp_intrinsic" boolean NOT NULL,
	"band" smallint NOT NULL,
	"shipments" integer NOT NULL,
	"value_minor" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "shipment_rollups" ADD COLUMN "attempts" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shipment_rollups" ADD COLUMN "locked_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "delivery_attempts" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "lockouts" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "out_for_delivery_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "delivery_time_rollups_account_day_idx" ON "delivery_time_rollups" USING btree ("account_id","day");--> statement-breakpoint
CREATE INDEX "shipment_value_rollups_account_day_idx" ON "shipment_value_rollups" USING btree ("account_id","day");--> statement-breakpoint
CREATE INDEX "passcodes_account_day_resent_idx" ON "passcodes" USING btree ("account_id","delivery_date","marketplace","resend_count") WHERE "passcodes"."resend_count" > 0;--> statement-breakpoint
-- Delivery counters a shipment carries for the insights (first-attempt deliveries, lock-outs, out for delivery → delivered).
CREATE FUNCTION shipments_count_delivery_steps() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.tracker_state = 'out_for_delivery' THEN
    NEW.delivery_attempts := least(OLD.delivery_attempts + 1, 32767);
    NEW.out_for_delivery_at := NEW.last_event_at;
  ELSIF NEW.tracker_state = 'attempted_otp_not_available' THEN
    NEW.lockouts := least(OLD.lockouts + 1, 32767);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER shipments_delivery_steps BEFORE UPDATE OF tracker_state ON shipments
  FOR EACH ROW WHEN (OLD.tracker_state IS DISTINCT FROM NEW.tracker_state) EXECUTE FUNCTION shipments_count_delivery_steps();
--> statement-breakpoint
UPDATE shipments s SET delivery_attempts = least(e.attempts, 32767), lockouts = least(e.lockouts, 32767), out_for_delivery_at = e.out_at
FROM (
  SELECT shipment_id,
    count(*) FILTER (WHERE event_code = 'OutForDelivery') AS attempts,
    count(*) FILTER (WHERE event_code = 'DeliveryAttempted' AND detail_code = 'OtpNotAvailable') AS lockouts,
    max(event_time) FILTER (WHERE event_code = 'OutForDelivery') AS out_at
  FROM tracking_events GROUP BY shipment_id
) e
WHERE e.shipment_id = s.id AND (e.attempts > 0 OR e.lockouts > 0);
--> statement-breakpoint
-- 10-minute bins of out for delivery → delivered; bin 72 holds 12 hours or more.
CREATE FUNCTION delivery_minutes_bin(out_for_delivery_at timestamptz, delivered_at timestamptz) RETURNS smallint
LANGUAGE sql IMMUTABLE AS $$
  SELECT least(greatest(floor(extract(epoch FROM delivered_at - out_for_delivery_at) / 600), 0), 72)::smallint
$$;
--> statement-breakpoint
-- Value bands in minor units (lib/insights/value-bands.ts, a test checks they agree): 10.00 wide below 1,000.00,
-- 100.00 wide below 10,000.00, then one band.
CREATE FUNCTION shipment_value_band(value_minor bigint) RETURNS smallint
LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE
    WHEN value_minor < 100000 THEN greatest(value_minor, 0) / 1000
    WHEN value_minor < 1000000 THEN 100 + (value_minor - 100000) / 10000
    ELSE 190
  END)::smallint
$$;
--> statement-breakpoint
-- Only the account's switches and the threshold stand between the stored shipment and OTP: every other rule passed.
CREATE FUNCTION shipment_otp_intrinsic(eligibility jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT (coalesce(eligibility -> 'notPassed', '{}'::jsonb)
    - ARRAY['OTP_NOT_ENABLED', 'EMAIL_NOTIFICATIONS_OFF', 'SMS_NOTIFICATIONS_OFF', 'BELOW_THRESHOLD']) = '{}'::jsonb
$$;
--> statement-breakpoint
-- The statement that adds a set of shipments to the three rollups: `changed` selects shipments with a sign
-- (+1 counted in, -1 counted out). Used by the triggers on their transition tables and by the rebuild.
CREATE FUNCTION shipment_rollups_sql(changed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT format($q$
    WITH changed AS MATERIALIZED (%s),
    counts AS (
      INSERT INTO shipment_rollups (account_id, day, marketplace, tracker_state, otp_eligible, reason, currency, attempts, locked_out, shipments, value_minor)
      SELECT account_id, shipment_rollup_day(created_at, marketplace), coalesce(marketplace::text, ''), tracker_state, otp_eligible,
        coalesce(eligibility -> 'reasons' -> 0 ->> 'code', ''), insured_currency, least(delivery_attempts, 2), lockouts > 0,
        sum(sign), sum(sign * insured_value_minor)
      FROM changed
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
      HAVING sum(sign) <> 0 OR sum(sign * insured_value_minor) <> 0
    ),
    times AS (
      INSERT INTO delivery_time_rollups (account_id, day, marketplace, otp_eligible, minutes_bin, shipments)
      SELECT account_id, shipment_rollup_day(created_at, marketplace), coalesce(marketplace::text, ''), otp_eligible,
        delivery_minutes_bin(out_for_delivery_at, last_event_at), sum(sign)
      FROM changed
      WHERE tracker_state IN ('delivered', 'delivered_with_otp') AND out_for_delivery_at IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum(sign) <> 0
    )
    INSERT INTO shipment_value_rollups (account_id, day, marketplace, currency, otp_intrinsic, band, shipments, value_minor)
    SELECT account_id, shipment_rollup_day(created_at, marketplace), coalesce(marketplace::text, ''), insured_currency,
      shipment_otp_intrinsic(eligibility), shipment_value_band(insured_value_minor), sum(sign), sum(sign * insured_value_minor)
    FROM changed
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(sign) <> 0 OR sum(sign * insured_value_minor) <> 0
  $q$, changed)
$fn$;
--> statement-breakpoint
-- One trigger function for inserts, updates and deletes: a change that moves nothing (a new last event) writes no row.
CREATE FUNCTION shipment_rollups_on_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE shipment_rollups_sql(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT -1 AS sign, * FROM old_rows UNION ALL SELECT 1 AS sign, * FROM new_rows'
  END);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER shipments_rollups_insert ON shipments;--> statement-breakpoint
DROP TRIGGER shipments_rollups_update ON shipments;--> statement-breakpoint
DROP TRIGGER shipments_rollups_delete ON shipments;--> statement-breakpoint
DROP FUNCTION shipment_rollups_on_insert();--> statement-breakpoint
DROP FUNCTION shipment_rollups_on_update();--> statement-breakpoint
DROP FUNCTION shipment_rollups_on_delete();--> statement-breakpoint
CREATE TRIGGER shipments_rollups_insert AFTER INSERT ON shipments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollups_on_write();
--> statement-breakpoint
CREATE TRIGGER shipments_rollups_update AFTER UPDATE ON shipments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollups_on_write();
--> statement-breakpoint
CREATE TRIGGER shipments_rollups_delete AFTER DELETE ON shipments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollups_on_write();
--> statement-breakpoint
-- Counts every shipment again (`npm run db:rollups`); writers wait on the share lock, so nothing is missed or doubled.
CREATE FUNCTION rebuild_shipment_rollups() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE shipments IN SHARE MODE;
  DELETE FROM shipment_rollups;
  DELETE FROM delivery_time_rollups;
  DELETE FROM shipment_value_rollups;
  EXECUTE shipment_rollups_sql('SELECT 1 AS sign, * FROM shipments');
END $$;
--> statement-breakpoint
SELECT rebuild_shipment_rollups();
