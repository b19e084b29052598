-- revision: v20221205122253
-- down_revision: v20221128165141
-- message: Unleash/unleash skip_change_request

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES ('SKIP_CHANGE_REQUEST', 'Skip change request process', 'environment');

-- migrate:down irreversible
