-- revision: v0024
-- down_revision: v0023
-- message: harness/harness alter_repo_add_importing

-- migrate:up
ALTER TABLE repositories
    ADD COLUMN repo_importing BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN repo_importing_job_uid TEXT,
    ADD CONSTRAINT fk_repo_importing_job_uid
        FOREIGN KEY (repo_importing_job_uid)
        REFERENCES jobs(job_uid)
        ON DELETE SET NULL
        ON UPDATE NO ACTION;

-- migrate:down
ALTER TABLE repositories
    DROP CONSTRAINT fk_repo_importing_job_uid,
    DROP COLUMN repo_importing_job_uid,
    DROP COLUMN repo_importing;
