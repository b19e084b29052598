-- revision: v20251211145809
-- down_revision: v20251210162410
-- message: openmeterio/openmeter meter_event_type

-- migrate:up
-- create index "meter_namespace_event_type" to table: "meters"
CREATE INDEX "meter_namespace_event_type" ON "meters" ("namespace", "event_type");

-- migrate:down
-- reverse: create index "meter_namespace_event_type" to table: "meters"
DROP INDEX "meter_namespace_event_type";
