-- revision: v20251029132709
-- down_revision: v20251027102800
-- message: openmeterio/openmeter first_day_of_month_billing

-- migrate:up
-- modify "billing_customer_overrides" table
ALTER TABLE "billing_customer_overrides" ADD COLUMN "anchored_alignment_detail" jsonb NULL;
-- modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" ADD COLUMN "anchored_alignment_detail" jsonb NULL;

-- migrate:down
-- reverse: modify "billing_workflow_configs" table
ALTER TABLE "billing_workflow_configs" DROP COLUMN "anchored_alignment_detail";
-- reverse: modify "billing_customer_overrides" table
ALTER TABLE "billing_customer_overrides" DROP COLUMN "anchored_alignment_detail";
