-- revision: v20250623100820
-- down_revision: v20250618090103
-- message: Unleash/unleash cr_requested_approvals_add_notified_at_column

-- migrate:up
ALTER TABLE change_request_requested_approvers ADD COLUMN notified_at TIMESTAMP WITH TIME ZONE;
             CREATE INDEX IF NOT EXISTS cr_req_approvers_notified_at_idx ON change_request_requested_approvers(notified_at);

-- migrate:down irreversible
