-- revision: v20250324151905
-- down_revision: v20250318120405
-- message: rust-lang/bors rename_delegated_to_delegated_permission

-- migrate:up
-- Add up migration script here
ALTER TABLE pull_request
ADD COLUMN delegated_permission TEXT;

UPDATE pull_request
SET
    delegated_permission = CASE
        WHEN delegated = TRUE THEN 'review'
        ELSE NULL
    END;

ALTER TABLE pull_request
DROP COLUMN delegated;

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request
ADD COLUMN delegated BOOLEAN;

UPDATE pull_request
SET
    delegated = CASE
        WHEN delegated_permission = 'review' THEN TRUE
        ELSE FALSE
    END;

ALTER TABLE pull_request
DROP COLUMN delegated_permission;
