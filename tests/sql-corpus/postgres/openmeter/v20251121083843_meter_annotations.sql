-- revision: v20251121083843
-- down_revision: v20251110132128
-- message: openmeterio/openmeter meter_annotations

-- migrate:up
-- modify "meters" table
ALTER TABLE "meters" ADD COLUMN "annotations" jsonb NULL;
-- create index "meter_annotations" to table: "meters"
CREATE INDEX "meter_annotations" ON "meters" USING gin ("annotations");

-- migrate:down
-- reverse: create index "meter_annotations" to table: "meters"
DROP INDEX "meter_annotations";
-- reverse: modify "meters" table
ALTER TABLE "meters" DROP COLUMN "annotations";
