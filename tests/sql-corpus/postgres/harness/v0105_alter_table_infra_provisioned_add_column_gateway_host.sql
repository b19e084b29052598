-- revision: v0105
-- down_revision: v0104
-- message: harness/harness alter_table_infra_provisioned_add_column_gateway_host

-- migrate:up
ALTER TABLE infra_provisioned
ADD COLUMN iprov_gateway_host TEXT NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE infra_provisioned
DROP COLUMN iprov_gateway_host;
