CREATE TABLE "shipment_rollups" (
	"account_id" uuid NOT NULL,
	"day" date NOT NULL,
	"marketplace" text NOT NULL,
	"tracker_state" "tracker_state" NOT NULL,
	"otp_eligible" boolean NOT NULL,
	"reason" text NOT NULL,
	"currency" text NOT NULL,
	"shipments" integer NOT NULL,
	"value_minor" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "shipment_rollups_account_day_idx" ON "shipment_rollups" USING btree ("account_id","day");--> statement-breakpoint
-- The label day of a shipment in its marketplace's time zone (lib/marketplaces/table.ts; a test checks they agree).
CREATE FUNCTION shipment_rollup_day(created_at timestamptz, marketplace marketplace) RETURNS date
LANGUAGE sql STABLE AS $$
  SELECT (created_at AT TIME ZONE CASE marketplace
    WHEN 'UK' THEN 'Europe/London'
    WHEN 'FR' THEN 'Europe/Paris'
    WHEN 'IT' THEN 'Europe/Rome'
    WHEN 'ES' THEN 'Europe/Madrid'
    WHEN 'IN' THEN 'Asia/Kolkata'
    ELSE 'UTC'
  END)::date
$$;
--> statement-breakpoint
-- New shipments add their counts; one delta row per key and statement (a 2,000-row batch writes a few).
CREATE FUNCTION shipment_rollups_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO shipment_rollups (account_id, day, marketplace, tracker_state, otp_eligible, reason, currency, shipments, value_minor)
  SELECT account_id, shipment_rollup_day(created_at, marketplace), coalesce(marketplace::text, ''), tracker_state, otp_eligible,
    coalesce(eligibility -> 'reasons' -> 0 ->> 'code', ''), insured_currency, count(*), sum(insured_value_minor)
  FROM new_rows
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Changed shipments move their counts from the old key to the new one; a change that moves nothing
-- (a new last event, a delivery date) writes no row.
CREATE FUNCTION shipment_rollups_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO shipment_rollups (account_id, day, marketplace, tracker_state, otp_eligible, reason, currency, shipments, value_minor)
  SELECT account_id, day, marketplace, tracker_state, otp_eligible, reason, currency, sum(n), sum(v)
  FROM (
    SELECT account_id, shipment_rollup_day(created_at, marketplace) AS day, coalesce(marketplace::text, '') AS marketplace, tracker_state,
      otp_eligible, coalesce(eligibility -> 'reasons' -> 0 ->> 'code', '') AS reason, insured_currency AS currency, -1 AS n, -insured_value_minor AS v
    FROM old_rows
    UNION ALL
    SELECT account_id, shipment_rollup_day(created_at, marketplace), coalesce(marketplace::text, ''), tracker_state,
      otp_eligible, coalesce(eligibility -> 'reasons' -> 0 ->> 'code', ''), insured_currency, 1, insured_value_minor
    FROM new_rows
  ) AS moved
  GROUP BY account_id, day, marketplace, tracker_state, otp_eligible, reason, currency
  HAVING sum(n) <> 0 OR sum(v) <> 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION shipment_rollups_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO shipment_rollups (account_id, day, marketplace, tracker_state, otp_eligible, reason, currency, shipments, value_minor)
  SELECT account_id, shipment_rollup_day(created_at, marketplace), coalesce(marketplace::text, ''), tracker_state, otp_eligible,
    coalesce(eligibility -> 'reasons' -> 0 ->> 'code', ''), insured_currency, -count(*), -sum(insured_value_minor)
  FROM old_rows
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER shipments_rollups_insert AFTER INSERT ON shipments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollups_on_insert();
--> statement-breakpoint
CREATE TRIGGER shipments_rollups_update AFTER UPDATE ON shipments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollups_on_update();
--> statement-breakpoint
CREATE TRIGGER shipments_rollups_delete AFTER DELETE ON shipments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION shipment_rollups_on_delete();
--> statement-breakpoint
-- The history so far.
INSERT INTO shipment_rollups (account_id, day, marketplace, tracker_state, otp_eligible, reason, currency, shipments, value_minor)
SELECT account_id, shipment_rollup_day(created_at, marketplace), coalesce(marketplace::text, ''), tracker_state, otp_eligible,
  coalesce(eligibility -> 'reasons' -> 0 ->> 'code', ''), insured_currency, count(*), sum(insured_value_minor)
FROM shipments
GROUP BY 1, 2, 3, 4, 5, 6, 7;
