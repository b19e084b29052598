-- revision: v20260605120000
-- down_revision: v20260604143000
-- message: openmeterio/openmeter add_credit_feature_filters

-- migrate:up
-- modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" ADD COLUMN "feature_filters" text[] NULL;

-- modify "credit_realization_lineages" table
ALTER TABLE "credit_realization_lineages" ADD COLUMN "advance_features" text[] NULL;

-- migrate:down
-- reverse: modify "credit_realization_lineages" table
ALTER TABLE "credit_realization_lineages" DROP COLUMN "advance_features";

-- reverse: modify "charge_credit_purchases" table
ALTER TABLE "charge_credit_purchases" DROP COLUMN "feature_filters";
