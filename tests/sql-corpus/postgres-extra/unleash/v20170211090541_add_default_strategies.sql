-- revision: v20170211090541
-- down_revision: v20170211085502
-- message: Unleash/unleash add_default_strategies

-- migrate:up
INSERT INTO events (type, created_by, data)
        SELECT 'strategy-created', 'migration', '{"name":"default","description":"Default on/off strategy.","parameters":[]}'
        WHERE
            NOT EXISTS (
                SELECT name FROM strategies WHERE name = 'default'
        );

INSERT INTO strategies (name, description, parameters, built_in)
        SELECT 'default', 'Default on/off strategy.', '[]', 1
        WHERE
            NOT EXISTS (
                SELECT name FROM strategies WHERE name = 'default'
        );

INSERT INTO events (type, created_by, data)
        SELECT 'strategy-created', 'migration', '{"name":"applicationHostname","description":"Active for client instances with a hostName in the hostNames-list.","parameters":[{"name":"hostNames","type":"list","description":"List of hostnames to enable the feature toggle for.","required":false}]}'
        WHERE
            NOT EXISTS (
                SELECT name FROM strategies WHERE name = 'applicationHostname'
        );

INSERT INTO strategies (name, description, parameters, built_in)
        SELECT 'applicationHostname', 'Active for client instances with a hostName in the hostNames-list.', '[{"name":"hostNames","type":"list","description":"List of hostnames to enable the feature toggle for.","required":false}]', 1
        WHERE
            NOT EXISTS (
                SELECT name FROM strategies WHERE name = 'applicationHostname'
        );

INSERT INTO events (type, created_by, data)
        SELECT 'strategy-created', 'migration', '{"name":"remoteAddress","description":"Active for remote addresses defined in the IPs list.","parameters":[{"name":"IPs","type":"list","description":"List of IPs to enable the feature toggle for.","required":true}]}'
        WHERE
            NOT EXISTS (
                SELECT name FROM strategies WHERE name = 'remoteAddress'
        );

INSERT INTO strategies (name, description, parameters, built_in)
        SELECT 'remoteAddress', 'Active for remote addresses defined in the IPs list.', '[{"name":"IPs","type":"list","description":"List of IPs to enable the feature toggle for.","required":true}]', 1
        WHERE
            NOT EXISTS (
                SELECT name FROM strategies WHERE name = 'remoteAddress'
        );

-- migrate:down irreversible
