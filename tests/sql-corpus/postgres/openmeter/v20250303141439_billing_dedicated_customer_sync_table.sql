-- revision: v20250303141439
-- down_revision: v20250220150245
-- message: openmeterio/openmeter billing_dedicated_customer_sync_table

-- migrate:up
-- create "billing_customer_locks" table
CREATE TABLE "billing_customer_locks" (
  "id" character(26) NOT NULL,
  "namespace" character varying NOT NULL,
  "customer_id" character(26) NOT NULL,
  PRIMARY KEY ("id")
);
-- create index "billingcustomerlock_id" to table: "billing_customer_locks"
CREATE UNIQUE INDEX "billingcustomerlock_id" ON "billing_customer_locks" ("id");
-- create index "billingcustomerlock_namespace" to table: "billing_customer_locks"
CREATE INDEX "billingcustomerlock_namespace" ON "billing_customer_locks" ("namespace");
-- create index "billingcustomerlock_namespace_customer_id" to table: "billing_customer_locks"
CREATE UNIQUE INDEX "billingcustomerlock_namespace_customer_id" ON "billing_customer_locks" ("namespace", "customer_id");

-- migrate:down
-- reverse: create index "billingcustomerlock_namespace_customer_id" to table: "billing_customer_locks"
DROP INDEX "billingcustomerlock_namespace_customer_id";
-- reverse: create index "billingcustomerlock_namespace" to table: "billing_customer_locks"
DROP INDEX "billingcustomerlock_namespace";
-- reverse: create index "billingcustomerlock_id" to table: "billing_customer_locks"
DROP INDEX "billingcustomerlock_id";
-- reverse: create "billing_customer_locks" table
DROP TABLE "billing_customer_locks";
