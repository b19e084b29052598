-- revision: v20221125185244
-- down_revision: v20221124123914
-- message: Unleash/unleash change_request_unique_approvals

-- migrate:up
ALTER TABLE change_request_approvals ADD CONSTRAINT unique_approvals UNIQUE (change_request_id, created_by);

-- migrate:down irreversible
