-- revision: v20250203165324
-- down_revision: v20250203131553
-- message: openmeterio/openmeter billing_tax_external_id

-- migrate:up
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "tax_app_external_id" character varying NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "tax_app_external_id";
