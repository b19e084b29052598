-- revision: v20230411085947
-- down_revision: v20230316092547
-- message: Unleash/unleash skip_change_request_ui

-- migrate:up
UPDATE permissions SET display_name = 'Skip change request process' WHERE permission = 'SKIP_CHANGE_REQUEST';

-- migrate:down irreversible
