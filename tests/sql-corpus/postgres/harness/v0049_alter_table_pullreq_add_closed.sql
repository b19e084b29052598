-- revision: v0049
-- down_revision: v0048
-- message: harness/harness alter_table_pullreq_add_closed

-- migrate:up
ALTER TABLE pullreqs ADD COLUMN pullreq_closed BIGINT;

-- migrate:down
ALTER TABLE pullreqs DROP COLUMN pullreq_closed;
