-- revision: v20240701144852
-- down_revision: v20240626204339
-- message: hatchet-dev/hatchet v0_35_0

-- migrate:up
-- Modify "Worker" table
ALTER TABLE "Worker" ADD COLUMN "isPaused" boolean NOT NULL DEFAULT false;

-- migrate:down irreversible
