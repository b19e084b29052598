-- revision: v20260625202530
-- down_revision: v20260624135146
-- message: openmeterio/openmeter add_unit_config

-- migrate:up
-- modify "addon_rate_cards" table
ALTER TABLE "addon_rate_cards" ADD COLUMN "unit_config" jsonb NULL;
-- modify "charge_usage_based" table
ALTER TABLE "charge_usage_based" ADD COLUMN "unit_config" jsonb NULL;
-- modify "charge_usage_based_overrides" table
ALTER TABLE "charge_usage_based_overrides" ADD COLUMN "unit_config" jsonb NULL;
-- modify "plan_rate_cards" table
ALTER TABLE "plan_rate_cards" ADD COLUMN "unit_config" jsonb NULL;

-- migrate:down
-- reverse: modify "plan_rate_cards" table
ALTER TABLE "plan_rate_cards" DROP COLUMN "unit_config";
-- reverse: modify "charge_usage_based_overrides" table
ALTER TABLE "charge_usage_based_overrides" DROP COLUMN "unit_config";
-- reverse: modify "charge_usage_based" table
ALTER TABLE "charge_usage_based" DROP COLUMN "unit_config";
-- reverse: modify "addon_rate_cards" table
ALTER TABLE "addon_rate_cards" DROP COLUMN "unit_config";
