-- revision: v20250522155754
-- down_revision: v20250516090128
-- message: openmeterio/openmeter billing_line_index

-- migrate:up
-- modify "billing_invoice_flat_fee_line_configs" table
ALTER TABLE "billing_invoice_flat_fee_line_configs" ADD COLUMN "index" bigint NULL;

-- migrate:down
-- reverse: modify "billing_invoice_flat_fee_line_configs" table
ALTER TABLE "billing_invoice_flat_fee_line_configs" DROP COLUMN "index";
