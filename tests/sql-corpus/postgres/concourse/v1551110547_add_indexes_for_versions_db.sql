-- revision: v1551110547
-- down_revision: v1548349925
-- message: concourse/concourse add_indexes_for_versions_db

-- migrate:up

CREATE INDEX build_resource_config_version_inputs_resource_id_idx ON build_resource_config_version_inputs (resource_id);
CREATE INDEX build_resource_config_version_inputs_build_id_idx ON build_resource_config_version_inputs (build_id);

CREATE INDEX build_resource_config_version_outputs_resource_id_idx ON build_resource_config_version_outputs (resource_id);
CREATE INDEX build_resource_config_version_outputs_build_id_idx ON build_resource_config_version_outputs (build_id);


-- migrate:down

DROP INDEX build_resource_config_version_inputs_resource_id_idx;
DROP INDEX build_resource_config_version_inputs_build_id_idx;

DROP INDEX build_resource_config_version_outputs_resource_id_idx;
DROP INDEX build_resource_config_version_outputs_build_id_idx;

