-- revision: v0052
-- down_revision: v0051
-- message: goharbor/harbor 2_2_2_schema

-- migrate:up
ALTER TABLE schedule ADD COLUMN IF NOT EXISTS revision integer;
UPDATE schedule set revision = 0;

-- migrate:down irreversible
