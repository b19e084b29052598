-- revision: v0058
-- down_revision: v0057
-- message: harness/harness alter_cde_infraprovisioned

-- migrate:up
ALTER TABLE infra_provisioned ADD COLUMN iprov_proxy_host TEXT DEFAULT '';
ALTER TABLE infra_provisioned ADD COLUMN iprov_proxy_port INTEGER DEFAULT 0;

-- migrate:down
ALTER TABLE infra_provisioned DROP COLUMN iprov_proxy_host;
ALTER TABLE infra_provisioned DROP COLUMN iprov_proxy_port;
