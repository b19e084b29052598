-- revision: v20250127132300
-- down_revision: v20250124114836
-- message: openmeterio/openmeter billing_tax_behavior_to_config

-- migrate:up
-- modify "billing_customer_overrides" table
-- atlas:nolint DS103
ALTER TABLE "billing_customer_overrides" DROP COLUMN "invoice_tax_behavior", ADD COLUMN "invoice_default_tax_config" jsonb NULL;
-- modify "billing_workflow_configs" table
-- atlas:nolint DS103
ALTER TABLE "billing_workflow_configs" DROP COLUMN "invoice_tax_behavior", ADD COLUMN "invoice_default_tax_settings" jsonb NULL;

-- migrate:down
-- reverse: modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" DROP COLUMN "invoice_default_tax_settings", ADD COLUMN "invoice_tax_behavior" character varying NULL;
-- reverse: modify "billing_customer_overrides" table
ALTER TABLE "billing_customer_overrides" DROP COLUMN "invoice_default_tax_config", ADD COLUMN "invoice_tax_behavior" character varying NULL;
