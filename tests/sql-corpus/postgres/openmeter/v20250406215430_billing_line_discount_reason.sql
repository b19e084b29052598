-- revision: v20250406215430
-- down_revision: v20250405193107
-- message: openmeterio/openmeter billing_line_discount_reason

-- migrate:up
-- modify "billing_invoice_line_discounts" table
ALTER TABLE "billing_invoice_line_discounts" ADD COLUMN "reason" character varying NOT NULL DEFAULT 'maximum_spend';
ALTER TABLE "billing_invoice_line_discounts" ALTER COLUMN "reason" DROP DEFAULT;

-- migrate:down
-- reverse: modify "billing_invoice_line_discounts" table
ALTER TABLE "billing_invoice_line_discounts" DROP COLUMN "reason";
