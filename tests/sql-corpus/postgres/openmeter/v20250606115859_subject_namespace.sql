-- revision: v20250606115859
-- down_revision: v20250606115858
-- message: openmeterio/openmeter subject_namespace

-- migrate:up
-- drop index "subject_key_organization_subjects" to table: "subjects"
DROP INDEX "subject_key_organization_subjects";

-- modify "subjects" table
-- atlas:nolint BC102
ALTER TABLE "subjects" RENAME COLUMN "organization_subjects" TO "namespace";

-- atlas:nolint DS103 BC102
ALTER TABLE "subjects"
    DROP COLUMN "current_period_start",
    DROP COLUMN "current_period_end";

-- create index "subject_namespace" to table: "subjects"
CREATE INDEX IF NOT EXISTS "subject_namespace" ON "subjects" ("namespace");

-- create index "subject_key_namespace" to table: "subjects"
-- atlas:nolint MF101
CREATE UNIQUE INDEX IF NOT EXISTS "subject_key_namespace" ON "subjects" ("key", "namespace");

-- migrate:down
-- modify "subjects" table
-- atlas:nolint BC102
ALTER TABLE "subjects" RENAME COLUMN "namespace" TO "organization_subjects";

-- create index "subject_key_organization_subjects" to table: "subjects"
CREATE UNIQUE INDEX "subject_key_organization_subjects" ON "subjects" ("key", "organization_subjects");

-- atlas:nolint DS103 BC102
ALTER TABLE "subjects"
    ADD COLUMN "current_period_start" timestamptz NULL,
    ADD COLUMN "current_period_end" timestamptz NULL;

-- drop index "subject_namespace" from table: "subjects"
DROP INDEX "subject_namespace";

-- drop index "subject_key_namespace" from table: "subjects"
DROP INDEX "subject_key_namespace";
