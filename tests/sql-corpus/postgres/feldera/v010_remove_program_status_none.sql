-- revision: v010
-- down_revision: v009
-- message: feldera/feldera remove_program_status_none

-- migrate:up
-- Set all programs to be automatically compiled. Removes 'none'
-- as a valid status field in the database.
UPDATE program SET status = 'pending' WHERE status = 'none';

-- migrate:down irreversible
