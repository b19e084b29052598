-- revision: v20250124114836
-- down_revision: v20250123130012
-- message: openmeterio/openmeter billing_tax_behavior

-- migrate:up
-- modify "billing_customer_overrides" table
ALTER TABLE "billing_customer_overrides" ADD COLUMN "invoice_tax_behavior" character varying NULL;
-- modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" ADD COLUMN "invoice_tax_behavior" character varying NULL;

-- migrate:down
-- reverse: modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" DROP COLUMN "invoice_tax_behavior";
-- reverse: modify "billing_customer_overrides" table
ALTER TABLE "billing_customer_overrides" DROP COLUMN "invoice_tax_behavior";
