DROP INDEX "shipments_account_recipient_prefix_idx";--> statement-breakpoint
DROP INDEX "shipments_account_last_event_idx";--> statement-breakpoint
DROP INDEX "shipments_account_state_last_event_idx";--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "recipient_name_words" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', translate(lower("shipments"."recipient_name"), 'àáâãäåāăąçćĉċčďèéêëēĕėęěĝğġģĥìíîïĩīĭįĵķĺļľńņňñòóôõöōŏőŕŗřśŝşšţťùúûüũūŭůűųŵýÿŷźżž', 'aaaaaaaaacccccdeeeeeeeeegggghiiiiiiiijklllnnnnoooooooorrrssssttuuuuuuuuuuwyyyzzz'))) STORED;--> statement-breakpoint
CREATE INDEX "shipments_recipient_email_idx" ON "shipments" USING btree (lower("recipient_email"));--> statement-breakpoint
CREATE INDEX "shipments_recipient_name_words_idx" ON "shipments" USING gin ("recipient_name_words");--> statement-breakpoint
CREATE INDEX "shipments_upload_last_event_idx" ON "shipments" USING btree ("upload_id","last_event_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "shipments_account_last_event_idx" ON "shipments" USING btree ("account_id","last_event_at" DESC NULLS LAST,"id","marketplace","otp_eligible");--> statement-breakpoint
CREATE INDEX "shipments_account_state_last_event_idx" ON "shipments" USING btree ("account_id","tracker_state","last_event_at" DESC NULLS LAST,"id","marketplace","otp_eligible");