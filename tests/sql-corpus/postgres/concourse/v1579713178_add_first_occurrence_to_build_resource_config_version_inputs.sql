-- revision: v1579713178
-- down_revision: v1579713177
-- message: concourse/concourse add_first_occurrence_to_build_resource_config_version_inputs

-- migrate:up

ALTER TABLE build_resource_config_version_inputs ADD COLUMN first_occurrence boolean;


-- migrate:down

ALTER TABLE build_resource_config_version_inputs DROP COLUMN first_occurrence;

