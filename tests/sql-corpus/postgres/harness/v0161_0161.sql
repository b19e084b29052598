-- revision: v0161
-- down_revision: v0160
-- message: harness/harness 0161

-- migrate:up
CREATE TYPE upstream_proxy_config_firewall_mode AS ENUM ('ALLOW', 'WARN', 'BLOCK');

ALTER TABLE upstream_proxy_configs
    ADD COLUMN upstream_proxy_config_firewall_mode upstream_proxy_config_firewall_mode DEFAULT 'ALLOW';


-- migrate:down
ALTER TABLE upstream_proxy_configs
    DROP COLUMN IF EXISTS upstream_proxy_config_firewall_mode;

DROP TYPE IF EXISTS upstream_proxy_config_firewall_mode;
