-- revision: v20240923180033
-- down_revision: v20240923170525
-- message: openmeterio/openmeter customer_drop_key

-- migrate:up
-- modify "customers" table
-- atlas:nolint DS103
ALTER TABLE
    "customers" DROP COLUMN "key";

-- modify "customer_subjects" table
-- atlas:nolint MF103
ALTER TABLE
    "customer_subjects" DROP CONSTRAINT "customer_subjects_customers_subjects",
ADD
    COLUMN "namespace" character varying NOT NULL,
ADD
    CONSTRAINT "customer_subjects_customers_subjects" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON UPDATE NO ACTION ON DELETE CASCADE;

-- create index "customersubjects_namespace" to table: "customer_subjects"
-- atlas:nolint MF103
CREATE INDEX "customersubjects_namespace" ON "customer_subjects" ("namespace");

-- create index "customersubjects_namespace_subject_key" to table: "customer_subjects"
--
--
-- manual interventions as we're breaking lint rules
-- atlas:nolint MF101
CREATE UNIQUE INDEX "customersubjects_namespace_subject_key" ON "customer_subjects" ("namespace", "subject_key");

-- migrate:down
-- reverse: create index "customersubjects_namespace_subject_key" to table: "customer_subjects"
DROP INDEX "customersubjects_namespace_subject_key";

-- reverse: create index "customersubjects_namespace" to table: "customer_subjects"
DROP INDEX "customersubjects_namespace";

-- reverse: modify "customer_subjects" table
ALTER TABLE
    "customer_subjects" DROP CONSTRAINT "customer_subjects_customers_subjects",
    DROP COLUMN "namespace",
ADD
    CONSTRAINT "customer_subjects_customers_subjects" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;

-- reverse: modify "customers" table
--
--
-- manual interventions as we're breaking lint rules
-- atlas:nolint MF103
ALTER TABLE
    "customers"
ADD
    COLUMN "key" character varying NOT NULL;

CREATE UNIQUE INDEX "customer_namespace_key_deleted_at" ON "customers" ("namespace", "key", "deleted_at");
