-- revision: v1510670987
-- down_revision: v1510262030
-- message: concourse/concourse update_unique_constraint_for_resource_caches

-- migrate:up

ALTER TABLE resource_caches DROP CONSTRAINT resource_caches_resource_config_id_version_params_hash_key;

CREATE UNIQUE INDEX resource_caches_resource_config_id_version_params_hash_key ON resource_caches (resource_config_id, md5(version), params_hash);


-- migrate:down

DROP INDEX resource_caches_resource_config_id_version_params_hash_key;

ALTER TABLE ONLY resource_caches ADD CONSTRAINT resource_caches_resource_config_id_version_params_hash_key UNIQUE (resource_config_id, version, params_hash);

