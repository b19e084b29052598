-- revision: v0059a
-- down_revision: v0058
-- message: harness/harness alter_pullreqs_add_additions_deletions

-- migrate:up
ALTER TABLE pullreqs
    ADD COLUMN pullreq_additions INTEGER,
    ADD COLUMN pullreq_deletions INTEGER;

-- migrate:down
ALTER TABLE pullreqs
    DROP COLUMN pullreq_additions,
    DROP COLUMN pullreq_deletions;
