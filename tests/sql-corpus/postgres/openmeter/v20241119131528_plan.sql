-- revision: v20241119131528
-- down_revision: v20241108160647
-- message: openmeterio/openmeter plan

-- migrate:up
-- drop index "planratecard_phase_id_feature_key" from table: "plan_rate_cards"
DROP INDEX "planratecard_phase_id_feature_key";
-- drop index "planratecard_phase_id_key" from table: "plan_rate_cards"
DROP INDEX "planratecard_phase_id_key";
-- create index "planratecard_phase_id_feature_key_deleted_at" to table: "plan_rate_cards"
-- atlas:nolint
CREATE UNIQUE INDEX "planratecard_phase_id_feature_key_deleted_at" ON "plan_rate_cards" ("phase_id", "feature_key", "deleted_at");
-- create index "planratecard_phase_id_key_deleted_at" to table: "plan_rate_cards"
-- atlas:nolint
CREATE UNIQUE INDEX "planratecard_phase_id_key_deleted_at" ON "plan_rate_cards" ("phase_id", "key", "deleted_at");

-- migrate:down
-- reverse: create index "planratecard_phase_id_key_deleted_at" to table: "plan_rate_cards"
DROP INDEX "planratecard_phase_id_key_deleted_at";
-- reverse: create index "planratecard_phase_id_feature_key_deleted_at" to table: "plan_rate_cards"
DROP INDEX "planratecard_phase_id_feature_key_deleted_at";
-- reverse: drop index "planratecard_phase_id_key" from table: "plan_rate_cards"
CREATE UNIQUE INDEX "planratecard_phase_id_key" ON "plan_rate_cards" ("phase_id", "key");
-- reverse: drop index "planratecard_phase_id_feature_key" from table: "plan_rate_cards"
CREATE UNIQUE INDEX "planratecard_phase_id_feature_key" ON "plan_rate_cards" ("phase_id", "feature_key");
