-- revision: v20221108114358
-- down_revision: v20221107132528
-- message: Unleash/unleash add_change_request_permissions

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES ('APPROVE_CHANGE_REQUEST', 'Approve a change request', 'environment');
        INSERT INTO permissions (permission, display_name, type) VALUES ('APPLY_CHANGE_REQUEST', 'Apply a change request', 'environment');

-- migrate:down irreversible
