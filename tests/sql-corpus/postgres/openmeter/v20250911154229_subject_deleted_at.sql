-- revision: v20250911154229
-- down_revision: v20250908130504
-- message: openmeterio/openmeter subject_deleted_at

-- migrate:up
-- drop index "subject_key_namespace" from table: "subjects"
DROP INDEX "subject_key_namespace";
-- modify "subjects" table
ALTER TABLE "subjects" ADD COLUMN "deleted_at" timestamptz NULL;
-- create index "subject_namespace_key" to table: "subjects"
CREATE UNIQUE INDEX "subject_namespace_key" ON "subjects" ("namespace", "key") WHERE (deleted_at IS NULL);

-- migrate:down
-- reverse: create index "subject_namespace_key" to table: "subjects"
DROP INDEX "subject_namespace_key";
-- reverse: modify "subjects" table
ALTER TABLE "subjects" DROP COLUMN "deleted_at";
-- reverse: drop index "subject_key_namespace" from table: "subjects"
CREATE UNIQUE INDEX "subject_key_namespace" ON "subjects" ("key", "namespace");
