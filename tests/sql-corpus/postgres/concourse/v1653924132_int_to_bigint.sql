-- revision: v1653924132
-- down_revision: v1645736232
-- message: concourse/concourse int_to_bigint

-- migrate:up
ALTER SEQUENCE resource_config_versions_id_seq AS bigint;

ALTER TABLE build_comments
    ALTER COLUMN build_id TYPE bigint;

ALTER TABLE successful_build_outputs
    ALTER COLUMN rerun_of TYPE bigint;

ALTER TABLE jobs
    ALTER COLUMN first_logged_build_id TYPE bigint;

ALTER TABLE containers
    ALTER COLUMN meta_build_id TYPE bigint;

-- migrate:down
ALTER SEQUENCE resource_config_versions_id_seq AS integer;

ALTER TABLE build_comments
    ALTER COLUMN build_id TYPE integer;

ALTER TABLE successful_build_outputs
    ALTER COLUMN rerun_of TYPE integer;

ALTER TABLE jobs
    ALTER COLUMN first_logged_build_id TYPE integer;

ALTER TABLE containers
    ALTER COLUMN meta_build_id TYPE integer;
