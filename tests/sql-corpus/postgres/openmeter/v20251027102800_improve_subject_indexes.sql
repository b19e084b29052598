-- revision: v20251027102800
-- down_revision: v20251026114744
-- message: openmeterio/openmeter improve_subject_indexes

-- migrate:up
-- rename index "subject_namespace_key_deleted_at" to "subject_namespace_key_deleted_at_unique"
ALTER INDEX "subject_namespace_key_deleted_at" RENAME TO "subject_namespace_key_deleted_at_unique";
-- create index "subject_namespace_key_deleted_at" to table: "subjects"
CREATE INDEX "subject_namespace_key_deleted_at" ON "subjects" ("namespace", "key", "deleted_at");

-- migrate:down
-- reverse: create index "subject_namespace_key_deleted_at_unique" to table: "subjects"
DROP INDEX "subject_namespace_key_deleted_at_unique";
-- reverse: create index "subject_namespace_key_deleted_at" to table: "subjects"
DROP INDEX "subject_namespace_key_deleted_at";
-- reverse: drop index "subject_namespace_key_deleted_at" from table: "subjects"
CREATE UNIQUE INDEX "subject_namespace_key_deleted_at" ON "subjects" ("namespace", "key", "deleted_at") WHERE (deleted_at IS NULL);
