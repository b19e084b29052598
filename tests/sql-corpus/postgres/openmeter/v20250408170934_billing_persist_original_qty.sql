-- revision: v20250408170934
-- down_revision: v20250408162413
-- message: openmeterio/openmeter billing_persist_original_qty

-- migrate:up
-- modify "billing_invoice_usage_based_line_configs" table
ALTER TABLE "billing_invoice_usage_based_line_configs" ADD COLUMN "metered_quantity" numeric NULL;

-- migrate:down
-- reverse: modify "billing_invoice_usage_based_line_configs" table
ALTER TABLE "billing_invoice_usage_based_line_configs" DROP COLUMN "metered_quantity";
