-- revision: v20250811130613
-- down_revision: v20250807075408
-- message: openmeterio/openmeter add_billing_invoice_customer_key

-- migrate:up
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "customer_key" character varying NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "customer_key";
