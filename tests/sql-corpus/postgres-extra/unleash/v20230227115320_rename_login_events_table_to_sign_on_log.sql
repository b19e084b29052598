-- revision: v20230227115320
-- down_revision: v20230224093446
-- message: Unleash/unleash rename_login_events_table_to_sign_on_log

-- migrate:up
ALTER TABLE login_events RENAME TO sign_on_log;

-- migrate:down irreversible
