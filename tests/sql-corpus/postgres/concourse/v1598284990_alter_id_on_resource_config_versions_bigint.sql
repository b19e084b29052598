-- revision: v1598284990
-- down_revision: v1597342429
-- message: concourse/concourse alter_id_on_resource_config_versions_bigint

-- migrate:up

ALTER TABLE resource_config_versions ALTER COLUMN id TYPE bigint;


-- migrate:down

ALTER TABLE resource_config_versions ALTER COLUMN id TYPE int;

