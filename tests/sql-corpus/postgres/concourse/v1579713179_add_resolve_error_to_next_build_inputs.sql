-- revision: v1579713179
-- down_revision: v1579713178
-- message: concourse/concourse add_resolve_error_to_next_build_inputs

-- migrate:up

ALTER TABLE next_build_inputs
  ADD COLUMN resolve_error text,
  ALTER COLUMN resource_config_version_id DROP NOT NULL,
  ALTER COLUMN resource_id DROP NOT NULL,
  ALTER COLUMN first_occurrence DROP NOT NULL;


-- migrate:down

ALTER TABLE next_build_inputs
  DROP COLUMN resolve_error,
  ALTER COLUMN resource_config_version_id SET NOT NULL,
  ALTER COLUMN resource_id SET NOT NULL,
  ALTER COLUMN first_occurrence SET NOT NULL;

