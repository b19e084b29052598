-- revision: v20191100000010000002
-- down_revision: v20191100000010000001
-- message: ory/kratos errors

-- migrate:up
DROP TABLE "selfservice_errors";

-- migrate:down
INSERT INTO "_selfservice_errors_tmp" (id, errors, seen_at, was_seen, created_at, updated_at, csrf_token) SELECT id, errors, seen_at, was_seen, created_at, updated_at, csrf_token FROM "selfservice_errors";
