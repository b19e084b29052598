-- revision: v1579713176
-- down_revision: v1575661358
-- message: concourse/concourse version_md5_resource_cache

-- migrate:up

ALTER TABLE resource_caches ADD COLUMN version_md5 text;

UPDATE resource_caches SET version_md5 = md5(version::text);

ALTER TABLE resource_caches ALTER COLUMN version_md5 SET NOT NULL;

DROP INDEX resource_caches_resource_config_id_version_params_hash_uniq;

CREATE UNIQUE INDEX resource_caches_resource_config_id_version_md5_params_hash_uniq
ON resource_caches (resource_config_id, version_md5, params_hash);


-- migrate:down

DROP INDEX resource_caches_resource_config_id_version_md5_params_hash_uniq;

ALTER TABLE resource_caches DROP COLUMN version_md5;

CREATE UNIQUE INDEX resource_caches_resource_config_id_version_params_hash_uniq
ON resource_caches (resource_config_id, md5(version::text), params_hash);

