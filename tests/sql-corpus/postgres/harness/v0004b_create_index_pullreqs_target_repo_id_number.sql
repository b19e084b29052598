-- revision: v0004b
-- down_revision: v0004a
-- message: harness/harness create_index_pullreqs_target_repo_id_number

-- migrate:up
CREATE UNIQUE INDEX pullreqs_target_repo_id_number
ON pullreqs(pullreq_target_repo_id, pullreq_number);

-- migrate:down irreversible
