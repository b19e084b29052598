-- revision: v0184
-- down_revision: v0183
-- message: harness/harness 0184

-- migrate:up
ALTER TABLE pullreq_file_groups ADD COLUMN pullreq_file_group_tags JSONB NOT NULL DEFAULT '{}'::jsonb;

-- migrate:down
ALTER TABLE pullreq_file_groups DROP COLUMN pullreq_file_group_tags;
