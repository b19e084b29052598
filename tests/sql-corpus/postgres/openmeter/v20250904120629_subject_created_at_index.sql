-- revision: v20250904120629
-- down_revision: v20250821121421
-- message: openmeterio/openmeter subject_created_at_index

-- migrate:up
-- create index "subject_created_at_id" to table: "subjects"
CREATE INDEX "subject_created_at_id" ON "subjects" ("created_at", "id");

-- migrate:down
-- reverse: create index "subject_created_at_id" to table: "subjects"
DROP INDEX "subject_created_at_id";
