-- revision: v20250525121526
-- down_revision: v20250522155754
-- message: openmeterio/openmeter billing_ubp_fee_line

-- migrate:up
-- modify "billing_invoice_usage_based_line_configs" table
ALTER TABLE "billing_invoice_usage_based_line_configs" ALTER COLUMN "feature_key" DROP NOT NULL;

-- migrate:down
-- reverse: modify "billing_invoice_usage_based_line_configs" table
ALTER TABLE "billing_invoice_usage_based_line_configs" ALTER COLUMN "feature_key" SET NOT NULL;
