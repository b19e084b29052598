-- revision: v0101
-- down_revision: v0100
-- message: harness/harness alter_table_infra_provider_resources_soft_delete

-- migrate:up
ALTER TABLE infra_provider_resources
    RENAME COLUMN ipreso_opentofu_params TO ipreso_metadata;
ALTER TABLE infra_provider_resources
    ADD COLUMN ipreso_is_deleted BOOL NOT NULL DEFAULT false;
ALTER TABLE infra_provider_resources
    ADD COLUMN ipreso_deleted BIGINT;

DROP INDEX infra_provider_resources_uid_space_id;
CREATE UNIQUE INDEX infra_provider_resources_uid_space_id_config_id_created ON infra_provider_resources
    (ipreso_uid, ipreso_space_id, ipreso_infra_provider_config_id, ipreso_created);

-- migrate:down
DROP INDEX infra_provider_resources_uid_space_id_config_id_created;

ALTER TABLE infra_provider_resources
    RENAME COLUMN ipreso_metadata TO ipreso_opentofu_params;
ALTER TABLE infra_provider_resources
    DROP COLUMN ipreso_is_deleted;
ALTER TABLE infra_provider_resources
    DROP COLUMN ipreso_deleted;


CREATE UNIQUE INDEX infra_provider_resources_uid_space_id ON infra_provider_resources (ipreso_uid, ipreso_space_id);
