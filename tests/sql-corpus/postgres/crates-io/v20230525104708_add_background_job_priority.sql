-- revision: v20230525104708
-- down_revision: v20230323211241
-- message: rust-lang/crates.io add_background_job_priority

-- migrate:up
ALTER TABLE background_jobs ADD priority SMALLINT NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE background_jobs DROP priority;
