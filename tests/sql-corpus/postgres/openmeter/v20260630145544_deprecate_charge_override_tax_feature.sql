-- revision: v20260630145544
-- down_revision: v20260629144435
-- message: openmeterio/openmeter deprecate_charge_override_tax_feature

-- migrate:up
-- modify "charge_usage_based_overrides" table
ALTER TABLE "charge_usage_based_overrides" ALTER COLUMN "feature_key" DROP NOT NULL;

-- migrate:down
-- reverse: modify "charge_usage_based_overrides" table
ALTER TABLE "charge_usage_based_overrides" ALTER COLUMN "feature_key" SET NOT NULL;
