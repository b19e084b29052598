-- revision: v0071
-- down_revision: v0070
-- message: harness/harness alter_infra_provider_resource_drop_gateway

-- migrate:up
ALTER TABLE infra_provider_resources DROP COLUMN ipreso_gateway_host;
ALTER TABLE infra_provider_resources DROP COLUMN ipreso_gateway_port;

-- migrate:down
ALTER TABLE infra_provider_resources ADD COLUMN ipreso_gateway_host TEXT;
ALTER TABLE infra_provider_resources ADD COLUMN ipreso_gateway_port TEXT;
