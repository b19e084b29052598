-- revision: v20251127184619
-- down_revision: v20251121083843
-- message: openmeterio/openmeter invoice_payment_processing_entered_at

-- migrate:up
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "payment_processing_entered_at" timestamptz NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "payment_processing_entered_at";
