-- revision: v20250711121333
-- down_revision: v20250707075725
-- message: openmeterio/openmeter customer_annotations

-- migrate:up
-- modify "customers" table
ALTER TABLE "customers" ADD COLUMN "annotations" jsonb NULL;
-- create index "customer_annotations" to table: "customers"
CREATE INDEX "customer_annotations" ON "customers" USING gin ("annotations");

-- migrate:down
-- reverse: create index "customer_annotations" to table: "customers"
DROP INDEX "customer_annotations";
-- reverse: modify "customers" table
ALTER TABLE "customers" DROP COLUMN "annotations";
