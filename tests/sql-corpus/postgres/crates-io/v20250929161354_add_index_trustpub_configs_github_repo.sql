-- revision: v20250929161354
-- down_revision: v20250924104418
-- message: rust-lang/crates.io add_index_trustpub_configs_github_repo
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_trustpub_configs_github_repo
ON trustpub_configs_github (LOWER(repository_owner), LOWER(repository_name));

-- migrate:down
DROP INDEX idx_trustpub_configs_github_repo;
