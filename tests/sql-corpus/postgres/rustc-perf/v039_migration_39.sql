-- revision: v039
-- down_revision: v038
-- message: rust-lang/rustc-perf migration_39

-- migrate:up
ALTER TABLE pstat_series ADD frontend_threads INT NOT NULL DEFAULT 1;
ALTER TABLE pstat_series DROP CONSTRAINT test_case;
ALTER TABLE pstat_series ADD CONSTRAINT test_case UNIQUE(crate, profile, scenario, backend, target, frontend_threads, metric);

-- migrate:down irreversible
