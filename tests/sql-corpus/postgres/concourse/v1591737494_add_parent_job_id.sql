-- revision: v1591737494
-- down_revision: v1591025749
-- message: concourse/concourse add_parent_job_id

-- migrate:up

  ALTER TABLE pipelines ADD COLUMN parent_job_id integer, ADD COLUMN parent_build_id integer;


-- migrate:down

  ALTER TABLE pipelines DROP COLUMN parent_job_id, DROP COLUMN parent_build_id;

