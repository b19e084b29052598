-- revision: v20230815065908
-- down_revision: v20230814115436
-- message: Unleash/unleash change_request_approve_reject_permission

-- migrate:up
UPDATE permissions SET display_name = 'Approve/Reject change requests' WHERE permission = 'APPROVE_CHANGE_REQUEST';

-- migrate:down irreversible
