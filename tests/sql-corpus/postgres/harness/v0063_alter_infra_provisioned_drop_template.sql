-- revision: v0063
-- down_revision: v0062
-- message: harness/harness alter_infra_provisioned_drop_template

-- migrate:up
ALTER TABLE infra_provisioned DROP COLUMN iprov_opentofu_template;

-- migrate:down
ALTER TABLE infra_provisioned ADD COLUMN iprov_opentofu_template BYTEA;
