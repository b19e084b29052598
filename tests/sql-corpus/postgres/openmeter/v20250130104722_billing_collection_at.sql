-- revision: v20250130104722
-- down_revision: v20250130034713
-- message: openmeterio/openmeter billing_collection_at

-- migrate:up
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "collection_at" timestamptz NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "collection_at";
