-- revision: v20250408162413
-- down_revision: v20250407191828
-- message: openmeterio/openmeter child_uniq_id_rename

-- migrate:up
UPDATE "billing_invoice_lines"
SET "child_unique_reference_id" = 'min-spend'
WHERE "child_unique_reference_id" IS NOT NULL AND "child_unique_reference_id" IN ('unit-price-min-spend', 'volume-min-spend', 'graduated-tiered-min-spend');

-- migrate:down
-- empty down in the source history
