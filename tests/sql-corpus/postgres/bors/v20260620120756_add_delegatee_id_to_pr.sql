-- revision: v20260620120756
-- down_revision: v20260302121500
-- message: rust-lang/bors add_delegatee_id_to_pr

-- migrate:up
-- Add up migration script here
-- Note: we cannot figure GitHub author ID from the database alone.
-- So when this migration is applied, we effectively revoke all delegations,
-- so that we do not have inconsistent state, where delegatee_id would be NULL,
-- but delegated_permission would be NOT NULL.
ALTER TABLE pull_request
    ADD COLUMN delegatee_id BIGINT NULL;

UPDATE pull_request
SET delegated_permission = NULL
WHERE pull_request.delegatee_id IS NULL;

-- migrate:down
-- Add down migration script here
ALTER TABLE pull_request
    DROP COLUMN delegatee_id;
