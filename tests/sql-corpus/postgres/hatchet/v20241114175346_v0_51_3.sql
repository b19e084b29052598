-- revision: v20241114175346
-- down_revision: v20241107162939
-- message: hatchet-dev/hatchet v0_51_3

-- migrate:up
-- Modify "Event" table
ALTER TABLE "Event" ALTER COLUMN "createdAt" TYPE timestamp, ALTER COLUMN "createdAt" SET DEFAULT clock_timestamp();

-- migrate:down irreversible
