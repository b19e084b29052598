-- revision: v20250131125127
-- down_revision: v20250130104722
-- message: openmeterio/openmeter billing_sent_to_customer_at

-- migrate:up
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ADD COLUMN "sent_to_customer_at" timestamptz NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" DROP COLUMN "sent_to_customer_at";
