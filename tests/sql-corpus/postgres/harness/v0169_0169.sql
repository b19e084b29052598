-- revision: v0169
-- down_revision: v0168
-- message: harness/harness 0169

-- migrate:up
-- Covers: WHERE job_state = 'scheduled' AND job_scheduled <= ? ORDER BY job_priority DESC, job_scheduled ASC
CREATE INDEX jobs_priority_scheduled
    ON jobs(job_priority DESC, job_scheduled ASC)
    WHERE job_state = 'scheduled';

-- migrate:down
DROP INDEX IF EXISTS jobs_priority_scheduled;
