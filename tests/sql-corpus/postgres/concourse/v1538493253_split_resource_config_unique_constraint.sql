-- revision: v1538493253
-- down_revision: v1538408345
-- message: concourse/concourse split_resource_config_unique_constraint

-- migrate:up

ALTER TABLE ONLY resource_configs
    DROP CONSTRAINT resource_configs_resource_cache_id_base_resource_type_id_so_key,
    ADD CONSTRAINT resource_configs_resource_cache_id_so_key UNIQUE (resource_cache_id, source_hash),
    ADD CONSTRAINT resource_configs_base_resource_type_id_so_key UNIQUE (base_resource_type_id, source_hash);


-- migrate:down

ALTER TABLE ONLY resource_configs
    ADD CONSTRAINT resource_configs_resource_cache_id_base_resource_type_id_so_key UNIQUE (resource_cache_id, base_resource_type_id, source_hash),
    DROP CONSTRAINT resource_configs_resource_cache_id_so_key,
    DROP CONSTRAINT resource_configs_base_resource_type_id_so_key;

