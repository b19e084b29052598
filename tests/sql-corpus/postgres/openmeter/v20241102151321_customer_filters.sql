-- revision: v20241102151321
-- down_revision: v20241030140919
-- message: openmeterio/openmeter customer_filters

-- migrate:up
-- create index "customer_created_at" to table: "customers"
CREATE INDEX "customer_created_at" ON "customers" ("created_at");
-- create index "customer_deleted_at" to table: "customers"
CREATE INDEX "customer_deleted_at" ON "customers" ("deleted_at");
-- create index "customer_name" to table: "customers"
CREATE INDEX "customer_name" ON "customers" ("name");
-- create index "customer_primary_email" to table: "customers"
CREATE INDEX "customer_primary_email" ON "customers" ("primary_email");

-- migrate:down
-- reverse: create index "customer_primary_email" to table: "customers"
DROP INDEX "customer_primary_email";
-- reverse: create index "customer_name" to table: "customers"
DROP INDEX "customer_name";
-- reverse: create index "customer_deleted_at" to table: "customers"
DROP INDEX "customer_deleted_at";
-- reverse: create index "customer_created_at" to table: "customers"
DROP INDEX "customer_created_at";
