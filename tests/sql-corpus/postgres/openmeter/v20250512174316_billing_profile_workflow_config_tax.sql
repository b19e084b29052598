-- revision: v20250512174316
-- down_revision: v20250506182753
-- message: openmeterio/openmeter billing_profile_workflow_config_tax

-- migrate:up
-- modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" ADD COLUMN "tax_enabled" boolean NOT NULL DEFAULT true, ADD COLUMN "tax_enforced" boolean NOT NULL DEFAULT false;

-- migrate:down
-- reverse: modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" DROP COLUMN "tax_enforced", DROP COLUMN "tax_enabled";
