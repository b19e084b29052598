-- revision: v20251102163348
-- down_revision: v20251029132709
-- message: openmeterio/openmeter add_subscription_annotations

-- migrate:up
-- modify "subscriptions" table
ALTER TABLE "subscriptions" ADD COLUMN "annotations" jsonb NULL;
-- create index "subscription_annotations" to table: "subscriptions"
CREATE INDEX "subscription_annotations" ON "subscriptions" USING gin ("annotations");

-- migrate:down
-- reverse: create index "subscription_annotations" to table: "subscriptions"
DROP INDEX "subscription_annotations";
-- reverse: modify "subscriptions" table
ALTER TABLE "subscriptions" DROP COLUMN "annotations";
