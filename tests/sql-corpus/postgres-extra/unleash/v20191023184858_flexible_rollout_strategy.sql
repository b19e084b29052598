-- revision: v20191023184858
-- down_revision: v20190123204125
-- message: Unleash/unleash flexible_rollout_strategy

-- migrate:up
INSERT INTO events (type, created_by, data)
        SELECT 'strategy-created', 'migration', '{"name":"flexibleRollout","description":"Gradually activate feature toggle based on sane stickiness","parameters":[{"name":"rollout","type":"percentage","description":"","required":false},{"name":"stickiness","type":"string","description":"Used define stickiness. Possible values: default, userId, sessionId, random","required":true},{"name":"groupId","type":"string","description":"Used to define a activation groups, which allows you to correlate across feature toggles.","required":true}]}'
        WHERE
            NOT EXISTS (
                SELECT name FROM strategies WHERE name = 'flexibleRollout'
        );

INSERT INTO strategies (name, description, parameters, built_in)
        SELECT 'flexibleRollout', 'Gradually activate feature toggle based on sane stickiness', '[{"name":"rollout","type":"percentage","description":"","required":false},{"name":"stickiness","type":"string","description":"Used define stickiness. Possible values: default, userId, sessionId, random","required":true},{"name":"groupId","type":"string","description":"Used to define a activation groups, which allows you to correlate across feature toggles.","required":true}]', 1
        WHERE
            NOT EXISTS (
                SELECT name FROM strategies WHERE name = 'flexibleRollout'
        );

-- migrate:down irreversible
