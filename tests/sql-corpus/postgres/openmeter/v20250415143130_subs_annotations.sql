-- revision: v20250415143130
-- down_revision: v20250415105134
-- message: openmeterio/openmeter subs_annotations

-- migrate:up
-- modify "subscription_items" table
ALTER TABLE "subscription_items" ADD COLUMN "annotations" jsonb NULL;

-- migrate:down
-- reverse: modify "subscription_items" table
ALTER TABLE "subscription_items" DROP COLUMN "annotations";
