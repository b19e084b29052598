-- revision: v20250908130504
-- down_revision: v20250904120629
-- message: openmeterio/openmeter customer_indexes

-- migrate:up
-- create index "customersubjects_customer_id" to table: "customer_subjects"
CREATE INDEX "customersubjects_customer_id" ON "customer_subjects" ("customer_id");
-- create index "customersubjects_deleted_at" to table: "customer_subjects"
CREATE INDEX "customersubjects_deleted_at" ON "customer_subjects" ("deleted_at");
-- create index "customersubjects_deleted_at_customer_id" to table: "customer_subjects"
CREATE INDEX "customersubjects_deleted_at_customer_id" ON "customer_subjects" ("deleted_at", "customer_id");
-- create index "customersubjects_subject_key" to table: "customer_subjects"
CREATE INDEX "customersubjects_subject_key" ON "customer_subjects" ("subject_key");

-- migrate:down
-- reverse: create index "customersubjects_subject_key" to table: "customer_subjects"
DROP INDEX "customersubjects_subject_key";
-- reverse: create index "customersubjects_deleted_at_customer_id" to table: "customer_subjects"
DROP INDEX "customersubjects_deleted_at_customer_id";
-- reverse: create index "customersubjects_deleted_at" to table: "customer_subjects"
DROP INDEX "customersubjects_deleted_at";
-- reverse: create index "customersubjects_customer_id" to table: "customer_subjects"
DROP INDEX "customersubjects_customer_id";
