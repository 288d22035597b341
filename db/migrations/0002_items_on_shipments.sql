-- Items move onto their shipment's row: they are only ever read with it, and a separate table cost an
-- insert, an index entry and a foreign-key check per item when 100,000 packages are stored at once.
ALTER TABLE "shipments" ADD COLUMN "items" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "shipments" s SET "items" = i.items
FROM (
  SELECT "shipment_id", jsonb_agg(jsonb_build_object(
    'description', "description", 'itemIdentifier', "item_identifier", 'quantity', "quantity",
    'valueMinor', "value_minor", 'currency', "currency", 'weight', "weight"
  ) ORDER BY "position") AS items
  FROM "shipment_items" GROUP BY "shipment_id"
) i
WHERE i."shipment_id" = s."id";--> statement-breakpoint
DROP TABLE "shipment_items" CASCADE;
