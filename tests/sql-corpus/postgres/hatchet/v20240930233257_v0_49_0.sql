-- revision: v20240930233257
-- down_revision: v20240930202706
-- message: hatchet-dev/hatchet v0_49_0

-- migrate:up
-- Modify "Event" table
ALTER TABLE "Event" ADD COLUMN "insertOrder" integer NULL;

-- migrate:down irreversible
