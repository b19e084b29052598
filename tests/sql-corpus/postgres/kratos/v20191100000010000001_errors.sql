-- revision: v20191100000010000001
-- down_revision: v20191100000010000000
-- message: ory/kratos errors

-- migrate:up
-- empty up in the source history

-- migrate:down
UPDATE selfservice_errors SET seen_at = '1980-01-01 00:00:00' WHERE seen_at = NULL;
