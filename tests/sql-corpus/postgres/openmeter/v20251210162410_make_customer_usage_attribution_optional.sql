-- revision: v20251210162410
-- down_revision: v20251127184619
-- message: openmeterio/openmeter make_customer_usage_attribution_optional

-- migrate:up
-- modify "billing_invoices" table
ALTER TABLE "billing_invoices" ALTER COLUMN "customer_usage_attribution" DROP NOT NULL;

-- migrate:down
-- reverse: modify "billing_invoices" table
ALTER TABLE "billing_invoices" ALTER COLUMN "customer_usage_attribution" SET NOT NULL;
