-- revision: v0166
-- down_revision: v0165
-- message: harness/harness 0166

-- migrate:up
UPDATE upstream_proxy_configs
SET upstream_proxy_config_auth_type = 'Anonymous'
WHERE upstream_proxy_config_auth_type = '';

-- migrate:down
select 1;
