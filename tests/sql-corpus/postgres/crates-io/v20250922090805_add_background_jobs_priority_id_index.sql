-- revision: v20250922090805
-- down_revision: v20250903201218
-- message: rust-lang/crates.io add_background_jobs_priority_id_index
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY background_jobs_priority_id_index
    ON background_jobs (priority DESC, id ASC);

-- migrate:down
DROP INDEX CONCURRENTLY background_jobs_priority_id_index;
