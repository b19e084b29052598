-- revision: v0029
-- down_revision: v0028
-- message: harness/harness create_index_job_job_group_id

-- migrate:up
CREATE INDEX job_group_id ON jobs(job_group_id);

-- migrate:down
DROP INDEX job_group_id;
