-- revision: v20241119181140
-- down_revision: v20241119154436
-- message: openmeterio/openmeter customer_subjects_soft_delete

-- migrate:up
-- drop index "customersubjects_customer_id_subject_key" from table: "customer_subjects"
DROP INDEX "customersubjects_customer_id_subject_key";
-- drop index "customersubjects_namespace_subject_key" from table: "customer_subjects"
DROP INDEX "customersubjects_namespace_subject_key";
-- modify "customer_subjects" table
ALTER TABLE "customer_subjects" ADD COLUMN "deleted_at" timestamptz NULL, ADD COLUMN "is_deleted" boolean NOT NULL DEFAULT false;
-- create index "customersubjects_namespace_customer_id_is_deleted" to table: "customer_subjects"
CREATE INDEX "customersubjects_namespace_customer_id_is_deleted" ON "customer_subjects" ("namespace", "customer_id", "is_deleted");
-- atlas:nolint MF101
-- create index "customersubjects_namespace_subject_key_is_deleted" to table: "customer_subjects"
CREATE UNIQUE INDEX "customersubjects_namespace_subject_key_is_deleted" ON "customer_subjects" ("namespace", "subject_key", "is_deleted") WHERE (is_deleted = false);

-- migrate:down
-- reverse: create index "customersubjects_namespace_subject_key_is_deleted" to table: "customer_subjects"
DROP INDEX "customersubjects_namespace_subject_key_is_deleted";
-- reverse: create index "customersubjects_namespace_customer_id_is_deleted" to table: "customer_subjects"
DROP INDEX "customersubjects_namespace_customer_id_is_deleted";
-- reverse: modify "customer_subjects" table
ALTER TABLE "customer_subjects" DROP COLUMN "is_deleted", DROP COLUMN "deleted_at";
-- atlas:nolint MF101
-- reverse: drop index "customersubjects_namespace_subject_key" from table: "customer_subjects"
CREATE UNIQUE INDEX "customersubjects_namespace_subject_key" ON "customer_subjects" ("namespace", "subject_key");
-- atlas:nolint MF101
-- reverse: drop index "customersubjects_customer_id_subject_key" from table: "customer_subjects"
CREATE UNIQUE INDEX "customersubjects_customer_id_subject_key" ON "customer_subjects" ("customer_id", "subject_key");
