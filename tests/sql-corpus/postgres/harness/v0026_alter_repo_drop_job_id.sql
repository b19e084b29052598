-- revision: v0026
-- down_revision: v0025
-- message: harness/harness alter_repo_drop_job_id

-- migrate:up
ALTER TABLE repositories
    DROP CONSTRAINT fk_repo_importing_job_uid,
    DROP COLUMN repo_importing_job_uid;

-- migrate:down irreversible
