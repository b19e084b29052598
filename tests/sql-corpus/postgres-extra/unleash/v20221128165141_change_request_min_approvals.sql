-- revision: v20221128165141
-- down_revision: v20221125185244
-- message: Unleash/unleash change_request_min_approvals

-- migrate:up
ALTER TABLE change_requests ADD COLUMN min_approvals INTEGER DEFAULT 1;

-- migrate:down irreversible
