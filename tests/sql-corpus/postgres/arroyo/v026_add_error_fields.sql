-- revision: v026
-- down_revision: v025
-- message: ArroyoSystems/arroyo add_error_fields

-- migrate:up
ALTER TABLE job_log_messages ADD COLUMN error_domain TEXT DEFAULT 'Internal';
ALTER TABLE job_log_messages ADD COLUMN retry_hint TEXT DEFAULT 'WithBackoff';

ALTER TABLE job_statuses ADD COLUMN failure_domain TEXT;

-- migrate:down irreversible
