-- revision: v20241126151128
-- down_revision: v20241121145549
-- message: openmeterio/openmeter billing_ubp_pre_qty_save

-- migrate:up
-- modify "billing_invoice_usage_based_line_configs" table
ALTER TABLE "billing_invoice_usage_based_line_configs" ADD COLUMN "pre_line_period_quantity" numeric NULL;

-- migrate:down
-- reverse: modify "billing_invoice_usage_based_line_configs" table
ALTER TABLE "billing_invoice_usage_based_line_configs" DROP COLUMN "pre_line_period_quantity";
