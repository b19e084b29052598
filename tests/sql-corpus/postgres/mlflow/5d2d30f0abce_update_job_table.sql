-- revision: 5d2d30f0abce
-- down_revision: b7c8d9e0f1a2
-- message: mlflow/mlflow update_job_table

-- migrate:up
-- alembic: upgrade b7c8d9e0f1a2 -> 5d2d30f0abce

DROP INDEX index_jobs_function_status_creation_time;

ALTER TABLE jobs RENAME function_fullname TO job_name;

CREATE INDEX index_jobs_name_status_creation_time ON jobs (job_name, status, creation_time);

-- migrate:down
-- alembic: downgrade 5d2d30f0abce -> b7c8d9e0f1a2

DROP INDEX index_jobs_name_status_creation_time;

ALTER TABLE jobs RENAME job_name TO function_fullname;

CREATE INDEX index_jobs_function_status_creation_time ON jobs (function_fullname, status, creation_time);
