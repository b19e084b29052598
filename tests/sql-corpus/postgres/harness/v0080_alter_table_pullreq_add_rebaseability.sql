-- revision: v0080
-- down_revision: v0079
-- message: harness/harness alter_table_pullreq_add_rebaseability

-- migrate:up
ALTER TABLE pullreqs
    ADD COLUMN pullreq_rebase_check_status TEXT NOT NULL DEFAULT 'unchecked',
    ADD COLUMN pullreq_rebase_conflicts TEXT;

-- migrate:down
ALTER TABLE pullreqs
    DROP COLUMN pullreq_rebase_conflicts,
    DROP COLUMN pullreq_rebase_check_status;
