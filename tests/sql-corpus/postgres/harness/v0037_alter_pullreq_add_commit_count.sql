-- revision: v0037
-- down_revision: v0036
-- message: harness/harness alter_pullreq_add_commit_count

-- migrate:up
ALTER TABLE pullreqs
    ADD COLUMN pullreq_commit_count INTEGER,
    ADD COLUMN pullreq_file_count INTEGER;

-- migrate:down
ALTER TABLE pullreqs
    DROP COLUMN pullreq_commit_count,
    DROP COLUMN pullreq_file_count;
