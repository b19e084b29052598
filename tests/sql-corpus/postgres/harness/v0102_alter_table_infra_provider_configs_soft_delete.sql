-- revision: v0102
-- down_revision: v0101
-- message: harness/harness alter_table_infra_provider_configs_soft_delete

-- migrate:up
ALTER TABLE infra_provider_configs
    ADD COLUMN ipconf_is_deleted BOOL NOT NULL DEFAULT false;
ALTER TABLE infra_provider_configs
    ADD COLUMN ipconf_deleted BIGINT;

DROP INDEX infra_provider_configs_uid_space_id;
CREATE UNIQUE INDEX infra_provider_configs_uid_space_id_created ON infra_provider_configs
    (ipconf_uid, ipconf_space_id, ipconf_created);

-- migrate:down
DROP INDEX infra_provider_configs_uid_space_id_created;

ALTER TABLE infra_provider_configs
    DROP COLUMN ipconf_is_deleted;
ALTER TABLE infra_provider_configs
    DROP COLUMN ipconf_deleted;


CREATE UNIQUE INDEX infra_provider_configs_uid_space_id ON infra_provider_configs (ipconf_uid, ipconf_space_id);
