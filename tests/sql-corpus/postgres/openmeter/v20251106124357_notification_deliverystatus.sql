-- revision: v20251106124357
-- down_revision: v20251102163348
-- message: openmeterio/openmeter notification_deliverystatus

-- migrate:up
-- modify "notification_event_delivery_status" table
ALTER TABLE "notification_event_delivery_status" ADD COLUMN "next_attempt_at" timestamptz NULL, ADD COLUMN "attempts" jsonb NULL;
-- create index "notificationeventdeliverystatus_namespace_state_next_attempt_at" to table: "notification_event_delivery_status"
CREATE INDEX "notificationeventdeliverystatus_namespace_state_next_attempt_at" ON "notification_event_delivery_status" ("namespace", "state", "next_attempt_at");

-- migrate:down
-- reverse: create index "notificationeventdeliverystatus_namespace_state_next_attempt_at" to table: "notification_event_delivery_status"
DROP INDEX "notificationeventdeliverystatus_namespace_state_next_attempt_at";
-- reverse: modify "notification_event_delivery_status" table
ALTER TABLE "notification_event_delivery_status" DROP COLUMN "attempts", DROP COLUMN "next_attempt_at";
