-- revision: v0023
-- down_revision: v0022
-- message: harness/harness index_jobs_last_executed

-- migrate:up
DROP INDEX jobs_last_executed;
CREATE INDEX jobs_last_executed
    ON jobs(job_last_executed)
    WHERE job_is_recurring = FALSE AND (job_state = 'finished' OR job_state = 'failed' OR job_state = 'canceled');

-- migrate:down
DROP INDEX jobs_last_executed;
CREATE INDEX jobs_last_executed
    ON jobs(job_last_executed)
    WHERE job_state = 'finished' OR job_state = 'failed';
