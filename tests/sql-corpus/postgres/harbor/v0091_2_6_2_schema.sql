-- revision: v0091
-- down_revision: v0090
-- message: goharbor/harbor 2_6_2_schema

-- migrate:up
ALTER TABLE replication_policy ADD COLUMN IF NOT EXISTS copy_by_chunk boolean;

-- migrate:down irreversible
