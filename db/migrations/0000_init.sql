CREATE TYPE "public"."carrier_status" AS ENUM('PreTransit', 'InTransit', 'Delivered', 'Lost', 'OutForDelivery', 'Rejected', 'Undeliverable', 'DeliveryAttempted', 'PickupCancelled', 'AwaitingCustomerPickup');--> statement-breakpoint
CREATE TYPE "public"."channel_type" AS ENUM('EXTERNAL', 'AMAZON');--> statement-breakpoint
CREATE TYPE "public"."event_code" AS ENUM('ReadyForReceive', 'PickupDone', 'Delivered', 'Departed', 'DeliveryAttempted', 'Lost', 'OutForDelivery', 'ArrivedAtCarrierFacility', 'Rejected', 'Undeliverable', 'PickupCancelled', 'ReturnInitiated', 'AvailableForPickup', 'RecipientRequestedAlternateDeliveryTiming');--> statement-breakpoint
CREATE TYPE "public"."marketplace" AS ENUM('UK', 'FR', 'IT', 'ES', 'IN');--> statement-breakpoint
CREATE TYPE "public"."notification_channel" AS ENUM('sms', 'email');--> statement-breakpoint
CREATE TYPE "public"."notification_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('shipper', 'account_manager', 'delivery_associate', 'recipient');--> statement-breakpoint
CREATE TYPE "public"."tracker_state" AS ENUM('label_created', 'in_transit', 'out_for_delivery', 'delivered', 'delivered_with_otp', 'attempted_otp_not_available', 'delivery_attempted', 'returned_to_station', 'lost', 'rejected', 'undeliverable', 'pickup_cancelled', 'awaiting_customer_pickup');--> statement-breakpoint
CREATE TABLE "account_thresholds" (
	"account_id" uuid NOT NULL,
	"marketplace" "marketplace" NOT NULL,
	"value_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_thresholds_account_id_marketplace_pk" PRIMARY KEY("account_id","marketplace")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_role" "role" NOT NULL,
	"account_id" uuid NOT NULL,
	"field" text NOT NULL,
	"old_value" text,
	"new_value" text
);
--> statement-breakpoint
CREATE TABLE "csv_mappings" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid,
	"shipment_id" uuid,
	"passcode_id" uuid,
	"channel" "notification_channel" NOT NULL,
	"to_address" text NOT NULL,
	"template" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"secret_ciphertext" text,
	"status" "notification_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "passcodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_phone_e164" text NOT NULL,
	"delivery_date" date NOT NULL,
	"marketplace" "marketplace" NOT NULL,
	"code_hmac" text NOT NULL,
	"code_ciphertext" text NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"resend_count" integer DEFAULT 0 NOT NULL,
	"locked_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recipient_sign_in_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hmac" text NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text,
	"item_identifier" text,
	"quantity" integer NOT NULL,
	"value_minor" bigint,
	"currency" text,
	"weight" jsonb
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"tracking_id" text NOT NULL,
	"package_client_reference_id" text NOT NULL,
	"upload_id" uuid,
	"channel_type" "channel_type" NOT NULL,
	"prepaid" boolean NOT NULL,
	"marketplace" "marketplace",
	"ship_to_country" text NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_email" text,
	"recipient_phone" text,
	"recipient_phone_e164" text,
	"ship_to" jsonb,
	"ship_from" jsonb,
	"insured_value_minor" bigint NOT NULL,
	"insured_currency" text NOT NULL,
	"weight" jsonb,
	"dimensions" jsonb,
	"is_hazmat" boolean DEFAULT false NOT NULL,
	"otp_eligible" boolean NOT NULL,
	"eligibility" jsonb NOT NULL,
	"status" "carrier_status" DEFAULT 'PreTransit' NOT NULL,
	"detail_code" text,
	"tracker_state" "tracker_state" DEFAULT 'label_created' NOT NULL,
	"last_event_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivery_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipper_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"home_marketplace" "marketplace" NOT NULL,
	"marketplaces" "marketplace"[] NOT NULL,
	"email_notifications" boolean DEFAULT true NOT NULL,
	"sms_notifications" boolean DEFAULT true NOT NULL,
	"otp_enabled" boolean DEFAULT false NOT NULL,
	"manager_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tracking_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"shipment_id" uuid NOT NULL,
	"event_code" "event_code" NOT NULL,
	"status" "carrier_status" NOT NULL,
	"detail_code" text,
	"event_time" timestamp with time zone DEFAULT now() NOT NULL,
	"location" jsonb,
	"actor_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"package_count" integer NOT NULL,
	"stored_count" integer DEFAULT 0 NOT NULL,
	"duplicate_count" integer DEFAULT 0 NOT NULL,
	"rejected_count" integer DEFAULT 0 NOT NULL,
	"eligible_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'checked' NOT NULL,
	"staged_content" text,
	"csv_mapping" jsonb,
	"report" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stored_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "role" NOT NULL,
	"account_id" uuid,
	"station" "marketplace",
	"phone_e164" text,
	"token_version" integer DEFAULT 0 NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account_thresholds" ADD CONSTRAINT "account_thresholds_account_id_shipper_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."shipper_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_account_id_shipper_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."shipper_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "csv_mappings" ADD CONSTRAINT "csv_mappings_account_id_shipper_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."shipper_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_account_id_shipper_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."shipper_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_passcode_id_passcodes_id_fk" FOREIGN KEY ("passcode_id") REFERENCES "public"."passcodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_sign_in_codes" ADD CONSTRAINT "recipient_sign_in_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_items" ADD CONSTRAINT "shipment_items_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_account_id_shipper_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."shipper_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_upload_id_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipper_accounts" ADD CONSTRAINT "shipper_accounts_manager_user_id_users_id_fk" FOREIGN KEY ("manager_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracking_events" ADD CONSTRAINT "tracking_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_account_id_shipper_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."shipper_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_account_id_shipper_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."shipper_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_account_idx" ON "audit_log" USING btree ("account_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_status_idx" ON "notifications" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "notifications_shipment_idx" ON "notifications" USING btree ("shipment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "passcodes_recipient_day_unique" ON "passcodes" USING btree ("recipient_phone_e164","delivery_date");--> statement-breakpoint
CREATE INDEX "recipient_sign_in_codes_user_idx" ON "recipient_sign_in_codes" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_views_user_name_unique" ON "saved_views" USING btree ("user_id","name");--> statement-breakpoint
CREATE INDEX "shipment_items_shipment_idx" ON "shipment_items" USING btree ("shipment_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_tracking_id_unique" ON "shipments" USING btree ("tracking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_account_client_ref_unique" ON "shipments" USING btree ("account_id","package_client_reference_id");--> statement-breakpoint
CREATE INDEX "shipments_account_last_event_idx" ON "shipments" USING btree ("account_id","last_event_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "shipments_account_state_last_event_idx" ON "shipments" USING btree ("account_id","tracker_state","last_event_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "shipments_account_created_idx" ON "shipments" USING btree ("account_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "shipments_account_value_idx" ON "shipments" USING btree ("account_id","insured_value_minor","id");--> statement-breakpoint
CREATE INDEX "shipments_recipient_day_idx" ON "shipments" USING btree ("recipient_phone_e164","delivery_date");--> statement-breakpoint
CREATE INDEX "shipments_marketplace_state_idx" ON "shipments" USING btree ("marketplace","tracker_state");--> statement-breakpoint
CREATE INDEX "shipper_accounts_manager_idx" ON "shipper_accounts" USING btree ("manager_user_id");--> statement-breakpoint
CREATE INDEX "tracking_events_shipment_idx" ON "tracking_events" USING btree ("shipment_id","event_time");--> statement-breakpoint
CREATE INDEX "uploads_account_idx" ON "uploads" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_phone_idx" ON "users" USING btree ("phone_e164");--> statement-breakpoint
CREATE INDEX "users_account_idx" ON "users" USING btree ("account_id");