-- revision: v20241030140919
-- down_revision: v20241024122007
-- message: openmeterio/openmeter billing_draft_until

-- migrate:up
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "draft_until" timestamptz NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "draft_until";
