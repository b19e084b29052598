-- revision: v0187
-- down_revision: v0186
-- message: harness/harness 0187

-- migrate:up
CREATE INDEX pullreqs_target_repo_branch
    ON pullreqs (pullreq_target_repo_id, pullreq_target_branch)
    WHERE pullreq_state NOT IN ('closed', 'merged');

-- migrate:down
DROP INDEX IF EXISTS pullreqs_target_repo_branch;
