-- revision: v1581621620
-- down_revision: v1581447344
-- message: concourse/concourse add_unique_index_on_build_names

-- migrate:up


CREATE UNIQUE INDEX build_names_uniq_idx ON builds (job_id, name);

DROP INDEX builds_job_id;
DROP INDEX builds_name;



-- migrate:down


CREATE INDEX builds_name ON builds USING btree (name);
CREATE INDEX builds_job_id ON builds USING btree (job_id);

DROP INDEX build_names_uniq_idx;


