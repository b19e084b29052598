-- revision: v20260623101013
-- down_revision: v20260622142850
-- message: openmeterio/openmeter add_billing_profile_subscription_end_proration_mode

-- migrate:up
-- modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" ADD COLUMN "subscription_end_proration_mode" character varying NOT NULL DEFAULT 'bill_full_period';
ALTER TABLE "billing_workflow_configs" ALTER COLUMN "subscription_end_proration_mode" SET DEFAULT 'bill_actual_period';

-- migrate:down
-- reverse: modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" DROP COLUMN "subscription_end_proration_mode";
