-- revision: v1595261696
-- down_revision: v1591737494
-- message: concourse/concourse add_parent_job_id_index

-- migrate:up

CREATE INDEX parent_job_id ON pipelines USING btree (parent_job_id);


-- migrate:down

DROP INDEX parent_job_id;

