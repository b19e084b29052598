-- revision: v0180
-- down_revision: v0171
-- message: goharbor/harbor 2_15_0_schema

-- migrate:up
ALTER TABLE registry ADD COLUMN IF NOT EXISTS ca_certificate TEXT;

-- migrate:down irreversible
