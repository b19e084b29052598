-- revision: v1568056691
-- down_revision: v1565800062
-- message: concourse/concourse create_resource_config_versions_version_index

-- migrate:up


CREATE INDEX resource_config_versions_version ON resource_config_versions USING gin(version jsonb_path_ops) WITH (FASTUPDATE = false);



-- migrate:down


 DROP INDEX resource_config_versions_version;


