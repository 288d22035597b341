DROP INDEX "delivery_time_rollups_account_day_idx";--> statement-breakpoint
DROP INDEX "shipment_rollups_account_day_idx";--> statement-breakpoint
DROP INDEX "shipment_value_rollups_account_day_idx";--> statement-breakpoint
CREATE INDEX "delivery_time_rollups_account_day_covering_idx" ON "delivery_time_rollups" USING btree ("account_id","day","marketplace","otp_eligible","minutes_bin","shipments");--> statement-breakpoint
CREATE INDEX "shipment_rollups_account_day_covering_idx" ON "shipment_rollups" USING btree ("account_id","day","marketplace","tracker_state","otp_eligible","reason","currency","attempts","locked_out","shipments","value_minor");--> statement-breakpoint
CREATE INDEX "shipment_value_rollups_account_day_covering_idx" ON "shipment_value_rollups" USING btree ("account_id","day","marketplace","currency","otp_intrinsic","band","shipments","value_minor");--> statement-breakpoint
CREATE INDEX "shipments_account_intrinsic_value_idx" ON "shipments" USING btree ("account_id","marketplace","insured_value_minor","created_at") WHERE shipment_otp_intrinsic("shipments"."eligibility");