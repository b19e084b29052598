-- revision: v20260703084504
-- down_revision: v20260701084156
-- message: openmeterio/openmeter applied_unit_config_snapshot

-- migrate:up
-- modify "billing_invoice_usage_based_line_configs" table
ALTER TABLE "billing_invoice_usage_based_line_configs" ADD COLUMN "unit_config" jsonb NULL;

-- migrate:down
-- reverse: modify "billing_invoice_usage_based_line_configs" table
ALTER TABLE "billing_invoice_usage_based_line_configs" DROP COLUMN "unit_config";
