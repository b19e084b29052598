-- revision: v1533739478
-- down_revision: v1533136021
-- message: concourse/concourse drop_unused_volume_columns

-- migrate:up

ALTER TABLE volumes
DROP COLUMN resource_version,
DROP COLUMN resource_hash,
DROP COLUMN original_volume_handle,
DROP COLUMN output_name,
DROP COLUMN host_path_version,
DROP COLUMN replicated_from;


-- migrate:down

ALTER TABLE volumes
ADD COLUMN resource_version text,
ADD COLUMN resource_hash text,
ADD COLUMN original_volume_handle text,
ADD COLUMN output_name text,
ADD COLUMN host_path_version text,
ADD COLUMN replicated_from text;

