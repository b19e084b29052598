-- revision: v1581350441
-- down_revision: v1580135204
-- message: concourse/concourse remove_unused_idx_and_add_checks_idx

-- migrate:up


DROP INDEX builds_job_id_succeeded_idx;

CREATE INDEX started_checks_idx ON checks (id) WHERE status = 'started';



-- migrate:down


CREATE INDEX builds_job_id_succeeded_idx ON builds (job_id, id DESC) where status = 'succeeded';

DROP INDEX started_checks_idx;


