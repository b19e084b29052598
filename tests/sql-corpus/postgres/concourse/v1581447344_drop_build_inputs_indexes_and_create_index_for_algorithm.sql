-- revision: v1581447344
-- down_revision: v1581350441
-- message: concourse/concourse drop_build_inputs_indexes_and_create_index_for_algorithm

-- migrate:up

DROP INDEX IF EXISTS build_resource_config_version_inputs_version_md5_idx;
DROP INDEX build_resource_config_version_inputs_resource_id_idx;
DROP INDEX build_resource_config_version_inputs_build_id_idx;

CREATE INDEX build_inputs_resource_versions_idx ON build_resource_config_version_inputs (resource_id, version_md5);


-- migrate:down

CREATE INDEX build_resource_config_version_inputs_resource_id_idx ON build_resource_config_version_inputs (resource_id);
CREATE INDEX build_resource_config_version_inputs_build_id_idx ON build_resource_config_version_inputs (build_id);

DROP INDEX build_inputs_resource_versions_idx;

