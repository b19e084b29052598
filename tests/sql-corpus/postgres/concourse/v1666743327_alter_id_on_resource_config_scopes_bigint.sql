-- revision: v1666743327
-- down_revision: v1653924132
-- message: concourse/concourse alter_id_on_resource_config_scopes_bigint

-- migrate:up
ALTER TABLE resource_config_scopes ALTER COLUMN id TYPE bigint;

ALTER TABLE resource_config_versions ALTER COLUMN resource_config_scope_id TYPE bigint;

ALTER TABLE resources ALTER COLUMN resource_config_scope_id TYPE bigint;

-- migrate:down
ALTER TABLE resource_config_scopes ALTER COLUMN id TYPE int;

ALTER TABLE resource_config_versions ALTER COLUMN resource_config_scope_id TYPE int;

ALTER TABLE resources ALTER COLUMN resource_config_scope_id TYPE int;
