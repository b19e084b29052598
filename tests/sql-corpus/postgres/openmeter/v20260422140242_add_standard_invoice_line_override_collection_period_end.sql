-- revision: v20260422140242
-- down_revision: v20260422051837
-- message: openmeterio/openmeter add_standard_invoice_line_override_collection_period_end

-- migrate:up
-- modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" ADD COLUMN "override_collection_period_end" timestamptz NULL;

-- migrate:down
-- reverse: modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" DROP COLUMN "override_collection_period_end";
