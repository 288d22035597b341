CREATE INDEX "shipments_account_tracking_id_idx" ON "shipments" USING btree ("account_id","tracking_id");--> statement-breakpoint
CREATE INDEX "shipments_account_recipient_idx" ON "shipments" USING btree ("account_id","recipient_name","id");--> statement-breakpoint
CREATE INDEX "shipments_account_tracking_prefix_idx" ON "shipments" USING btree ("account_id","tracking_id" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "shipments_account_client_ref_prefix_idx" ON "shipments" USING btree ("account_id","package_client_reference_id" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "shipments_account_recipient_prefix_idx" ON "shipments" USING btree ("account_id",lower("recipient_name") text_pattern_ops);