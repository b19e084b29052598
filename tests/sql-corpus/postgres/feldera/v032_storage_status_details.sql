-- revision: v032
-- down_revision: v031
-- message: feldera/feldera storage_status_details

-- migrate:up
-- `storage_status_details` contains a JSON value encoded as a string.
ALTER TABLE pipeline
    ADD COLUMN storage_status_details VARCHAR NULL;

-- `suspend_info` has been superseded by `storage_status_details`.
ALTER TABLE pipeline
    DROP COLUMN suspend_info;

-- migrate:down irreversible
