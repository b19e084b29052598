-- revision: v0111b
-- down_revision: v0111a
-- message: harness/harness alter_table_pullreqs

-- migrate:up
ALTER TABLE pullreqs
ADD COLUMN pullreq_merge_violations_bypassed BOOLEAN DEFAULT NULL;

-- migrate:down
ALTER TABLE pullreqs
DROP COLUMN pullreq_merge_violations_bypassed;
