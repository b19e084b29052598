-- revision: v0004a
-- down_revision: v0003
-- message: harness/harness create_index_pullreqs_source_repo_branch_target_repo_branch

-- migrate:up
CREATE UNIQUE INDEX pullreqs_source_repo_branch_target_repo_branch
    ON pullreqs(pullreq_source_repo_id, pullreq_source_branch, pullreq_target_repo_id, pullreq_target_branch)
    WHERE pullreq_state = 'open';

-- migrate:down irreversible
