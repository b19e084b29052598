-- revision: v20191100000007000002
-- down_revision: v20191100000007000001
-- message: ory/kratos errors

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_errors_tmp" (id, errors, seen_at, was_seen, created_at, updated_at) SELECT id, errors, seen_at, was_seen, created_at, updated_at FROM "selfservice_errors";
