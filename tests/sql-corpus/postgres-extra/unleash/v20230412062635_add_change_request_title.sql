-- revision: v20230412062635
-- down_revision: v20230411085947
-- message: Unleash/unleash add_change_request_title

-- migrate:up
ALTER TABLE change_requests ADD COLUMN title TEXT;

-- migrate:down irreversible
