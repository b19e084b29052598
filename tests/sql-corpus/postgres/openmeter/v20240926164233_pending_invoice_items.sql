-- revision: v20240926164233
-- down_revision: v20240924220843
-- message: openmeterio/openmeter pending_invoice_items

-- migrate:up
-- modify "billing_invoice_items" table
-- atlas:nolint MF103
ALTER TABLE "billing_invoice_items" ALTER COLUMN "quantity" DROP NOT NULL, ADD COLUMN "type" character varying NOT NULL, ADD COLUMN "name" character varying NOT NULL;
-- modify "billing_invoices" table
-- atlas:nolint DS103
ALTER TABLE "billing_invoices" DROP COLUMN "key", DROP COLUMN "total_amount", ADD COLUMN "series" character varying NULL, ADD COLUMN "code" character varying NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "code", DROP COLUMN "series", ADD COLUMN "total_amount" numeric NOT NULL, ADD COLUMN "key" character varying NOT NULL;
-- reverse: modify "billing_invoice_items" table
ALTER TABLE "billing_invoice_items" DROP COLUMN "name", DROP COLUMN "type", ALTER COLUMN "quantity" SET NOT NULL;
