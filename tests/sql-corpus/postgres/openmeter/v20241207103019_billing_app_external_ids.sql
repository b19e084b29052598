-- revision: v20241207103019
-- down_revision: v20241204162012
-- message: openmeterio/openmeter billing_app_external_ids

-- migrate:up
-- modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" ADD COLUMN "invoicing_app_external_id" character varying NULL;
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "invoicing_app_external_id" character varying NULL, ADD COLUMN "payment_app_external_id" character varying NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "payment_app_external_id", DROP COLUMN "invoicing_app_external_id";
-- reverse: modify "billing_invoice_lines" table
ALTER TABLE "billing_invoice_lines" DROP COLUMN "invoicing_app_external_id";
