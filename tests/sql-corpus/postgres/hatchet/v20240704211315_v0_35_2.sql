-- revision: v20240704211315
-- down_revision: v20240703194656
-- message: hatchet-dev/hatchet v0_35_2

-- migrate:up
-- Modify "Tenant" table
ALTER TABLE "Tenant" ADD COLUMN "dataRetentionPeriod" text NOT NULL DEFAULT '720h';

-- migrate:down irreversible
