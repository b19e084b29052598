-- revision: v0002e
-- down_revision: v0002d
-- message: harness/harness create_index_repositories_parent_id

-- migrate:up
CREATE INDEX repositories_parent_id
ON repositories(repo_parent_id);

-- migrate:down irreversible
