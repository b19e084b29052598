-- revision: v025
-- down_revision: v024
-- message: rust-lang/rustc-perf migration_25

-- migrate:up
CREATE UNIQUE INDEX benchmark_request_pr_commit_type_idx ON benchmark_request (pr, commit_type) WHERE status != 'completed';

-- migrate:down irreversible
