-- revision: v20260403090155
-- down_revision: v20260402130955
-- message: openmeterio/openmeter charges_feature_ids

-- migrate:up
-- modify "charge_flat_fees" table
ALTER TABLE "charge_flat_fees" ADD COLUMN "feature_id" character(26) NULL, ADD CONSTRAINT "charge_flat_fees_features_flat_fee_charges" FOREIGN KEY ("feature_id") REFERENCES "features" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- modify "charge_usage_based" table
-- atlas:nolint MF103
ALTER TABLE "charge_usage_based" ADD COLUMN "feature_id" character(26) NOT NULL, ADD CONSTRAINT "charge_usage_based_features_usage_based_charges" FOREIGN KEY ("feature_id") REFERENCES "features" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- modify "charge_usage_based_runs" table
-- atlas:nolint MF103
ALTER TABLE "charge_usage_based_runs" ADD COLUMN "feature_id" character(26) NOT NULL, ADD CONSTRAINT "charge_usage_based_runs_features_usage_based_runs" FOREIGN KEY ("feature_id") REFERENCES "features" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;

-- migrate:down
-- reverse: modify "charge_usage_based_runs" table
ALTER TABLE "charge_usage_based_runs" DROP CONSTRAINT "charge_usage_based_runs_features_usage_based_runs", DROP COLUMN "feature_id";
-- reverse: modify "charge_usage_based" table
ALTER TABLE "charge_usage_based" DROP CONSTRAINT "charge_usage_based_features_usage_based_charges", DROP COLUMN "feature_id";
-- reverse: modify "charge_flat_fees" table
ALTER TABLE "charge_flat_fees" DROP CONSTRAINT "charge_flat_fees_features_flat_fee_charges", DROP COLUMN "feature_id";
