CREATE TABLE "rate_limit_windows" (
	"bucket" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"identifier_key" text PRIMARY KEY NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"signed_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "passcodes_recipient_day_unique";--> statement-breakpoint
ALTER TABLE "passcodes" ADD COLUMN "account_id" uuid;--> statement-breakpoint
-- A passcode used to cover a recipient's packages from every shipper that day. Each shipper account now
-- has its own: the account with the earliest package keeps the row (and the messages that name it), every
-- other account gets a copy with the same code and counts, so a code already sent keeps working today.
CREATE TEMPORARY TABLE "passcode_owners" AS
SELECT p.id AS passcode_id, s.account_id,
       row_number() OVER (PARTITION BY p.id ORDER BY min(s.created_at), s.account_id) AS n
FROM "passcodes" p
JOIN "shipments" s ON s.recipient_phone_e164 = p.recipient_phone_e164 AND s.delivery_date = p.delivery_date
GROUP BY p.id, s.account_id;--> statement-breakpoint
UPDATE "passcodes" p SET account_id = o.account_id FROM "passcode_owners" o WHERE o.passcode_id = p.id AND o.n = 1;--> statement-breakpoint
INSERT INTO "passcodes" (account_id, recipient_phone_e164, delivery_date, marketplace, code_hmac, code_ciphertext,
                         failed_attempts, resend_count, locked_at, expires_at, created_at)
SELECT o.account_id, p.recipient_phone_e164, p.delivery_date, p.marketplace, p.code_hmac, p.code_ciphertext,
       p.failed_attempts, p.resend_count, p.locked_at, p.expires_at, p.created_at
FROM "passcode_owners" o JOIN "passcodes" p ON p.id = o.passcode_id
WHERE o.n > 1;--> statement-breakpoint
DROP TABLE "passcode_owners";--> statement-breakpoint
-- A passcode no package names any more gates nothing.
UPDATE "notifications" SET passcode_id = NULL
WHERE passcode_id IN (SELECT id FROM "passcodes" WHERE account_id IS NULL);--> statement-breakpoint
DELETE FROM "passcodes" WHERE account_id IS NULL;--> statement-breakpoint
ALTER TABLE "passcodes" ALTER COLUMN "account_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "uploads" ADD COLUMN "staged_bytes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_sessions_user_idx" ON "user_sessions" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "passcodes" ADD CONSTRAINT "passcodes_account_id_shipper_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."shipper_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "passcodes_account_recipient_day_unique" ON "passcodes" USING btree ("account_id","recipient_phone_e164","delivery_date");--> statement-breakpoint
CREATE INDEX "passcodes_recipient_day_idx" ON "passcodes" USING btree ("recipient_phone_e164","delivery_date");--> statement-breakpoint
CREATE INDEX "uploads_checked_created_idx" ON "uploads" USING btree ("created_at") WHERE "uploads"."status" = 'checked';--> statement-breakpoint
CREATE INDEX "user_sessions_signed_in_idx" ON "user_sessions" USING btree ("signed_in_at");
