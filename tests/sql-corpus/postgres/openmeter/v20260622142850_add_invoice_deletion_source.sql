-- revision: v20260622142850
-- down_revision: v20260618144808
-- message: openmeterio/openmeter add_invoice_deletion_source

-- migrate:up
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "deletion_source" character varying NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "deletion_source";
