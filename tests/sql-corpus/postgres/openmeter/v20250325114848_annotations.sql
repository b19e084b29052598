-- revision: v20250325114848
-- down_revision: v20250318123842
-- message: openmeterio/openmeter annotations

-- migrate:up
-- modify "entitlements" table
ALTER TABLE "entitlements" ADD COLUMN "annotations" jsonb NULL;

-- migrate:down
-- reverse: modify "entitlements" table
ALTER TABLE "entitlements" DROP COLUMN "annotations";
