-- revision: v20241219213036
-- down_revision: v20241213152122
-- message: openmeterio/openmeter add_invoice_line_discount_external_id

-- migrate:up
-- modify "billing_invoice_line_discounts" table
ALTER TABLE "billing_invoice_line_discounts" ADD COLUMN "invoicing_app_external_id" character varying NULL;

-- migrate:down
-- reverse: modify "billing_invoice_line_discounts" table
ALTER TABLE "billing_invoice_line_discounts" DROP COLUMN "invoicing_app_external_id";
