-- revision: v20250108103427
-- down_revision: v20250103121359
-- message: openmeterio/openmeter billing_profile_progressive_billing_flag

-- migrate:up
-- modify "billing_customer_overrides" table
ALTER TABLE "billing_customer_overrides" ADD COLUMN "invoice_progressive_billing" boolean NULL;
-- modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" ADD COLUMN "invoice_progressive_billing" boolean NOT NULL DEFAULT FALSE;
ALTER TABLE "billing_workflow_configs" ALTER COLUMN "invoice_progressive_billing" DROP DEFAULT;

-- migrate:down
-- reverse: modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" DROP COLUMN "invoice_progressive_billing";
-- reverse: modify "billing_customer_overrides" table
ALTER TABLE "billing_customer_overrides" DROP COLUMN "invoice_progressive_billing";
