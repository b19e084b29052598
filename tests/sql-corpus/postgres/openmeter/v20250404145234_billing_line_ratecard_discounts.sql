-- revision: v20250404145234
-- down_revision: v20250404105832
-- message: openmeterio/openmeter billing_line_ratecard_discounts

-- migrate:up
-- modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" ADD COLUMN "ratecard_discounts" jsonb NULL;

-- migrate:down
-- reverse: modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" DROP COLUMN "ratecard_discounts";
