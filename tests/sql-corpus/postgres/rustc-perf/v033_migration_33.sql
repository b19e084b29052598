-- revision: v033
-- down_revision: v032
-- message: rust-lang/rustc-perf migration_33

-- migrate:up
CREATE INDEX benchmark_request_completed_idx ON benchmark_request(completed_at);

-- migrate:down irreversible
