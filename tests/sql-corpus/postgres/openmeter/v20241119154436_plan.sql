-- revision: v20241119154436
-- down_revision: v20241119131528
-- message: openmeterio/openmeter plan

-- migrate:up
-- drop index "planphase_plan_id_key" from table: "plan_phases"
DROP INDEX "planphase_plan_id_key";
-- create index "planphase_plan_id_key_deleted_at" to table: "plan_phases"
-- atlas:nolint
CREATE UNIQUE INDEX "planphase_plan_id_key_deleted_at" ON "plan_phases" ("plan_id", "key", "deleted_at");

-- migrate:down
-- reverse: create index "planphase_plan_id_key_deleted_at" to table: "plan_phases"
DROP INDEX "planphase_plan_id_key_deleted_at";
-- reverse: drop index "planphase_plan_id_key" from table: "plan_phases"
CREATE UNIQUE INDEX "planphase_plan_id_key" ON "plan_phases" ("plan_id", "key");
