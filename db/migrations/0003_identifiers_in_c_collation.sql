DROP INDEX "shipments_account_tracking_prefix_idx";--> statement-breakpoint
DROP INDEX "shipments_account_client_ref_prefix_idx";--> statement-breakpoint
ALTER TABLE "shipments" ALTER COLUMN "tracking_id" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "shipments" ALTER COLUMN "package_client_reference_id" SET DATA TYPE text COLLATE "C";