-- revision: v20230302133740
-- down_revision: v20230227123106
-- message: Unleash/unleash rename_sign_on_log_table_to_login_history

-- migrate:up
ALTER TABLE sign_on_log RENAME TO login_history;

DELETE FROM settings WHERE name = 'sign_on_log_retention';

INSERT INTO settings(name, content) VALUES ('login_history_retention', '{"hours": 336}');

-- migrate:down irreversible
