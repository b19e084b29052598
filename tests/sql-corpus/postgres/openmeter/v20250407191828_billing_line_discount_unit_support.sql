-- revision: v20250407191828
-- down_revision: v20250406215430
-- message: openmeterio/openmeter billing_line_discount_unit_support

-- migrate:up
-- modify "billing_invoice_line_discounts" table
ALTER TABLE "billing_invoice_line_discounts" ALTER COLUMN "amount" DROP NOT NULL, ADD COLUMN "type" character varying NOT NULL DEFAULT 'amount', ADD COLUMN "rounding_amount" numeric NULL DEFAULT 0, ADD COLUMN "quantity" numeric NULL, ADD COLUMN "pre_line_period_quantity" numeric NULL, ADD COLUMN "source_discount" jsonb NULL;

ALTER TABLE "billing_invoice_line_discounts" ALTER COLUMN "type" DROP DEFAULT;
ALTER TABLE "billing_invoice_line_discounts" ALTER COLUMN "rounding_amount" DROP DEFAULT;

-- migrate:down
-- reverse: modify "billing_invoice_line_discounts" table
ALTER TABLE "billing_invoice_line_discounts" DROP COLUMN "source_discount", DROP COLUMN "pre_line_period_quantity", DROP COLUMN "quantity", DROP COLUMN "rounding_amount", DROP COLUMN "type", ALTER COLUMN "amount" SET NOT NULL;
