-- revision: v20240716125857
-- down_revision: v20240715154334
-- message: hatchet-dev/hatchet v0_38_0

-- migrate:up
-- Modify "APIToken" table
ALTER TABLE "APIToken" ADD COLUMN "internal" boolean NOT NULL DEFAULT false;

-- migrate:down irreversible
