-- revision: v20230227123106
-- down_revision: v20230227120500
-- message: Unleash/unleash add_setting_for_sign_on_log_retention

-- migrate:up
INSERT INTO settings(name, content) VALUES ('sign_on_log_retention', '{"hours": 336}');

-- migrate:down irreversible
