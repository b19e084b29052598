-- revision: v20210410175418000024
-- down_revision: v20210410175418000023
-- message: ory/kratos network

-- migrate:up
DROP TABLE "selfservice_settings_flows";

-- migrate:down
INSERT INTO "_selfservice_errors_tmp" (id, errors, seen_at, was_seen, created_at, updated_at, csrf_token) SELECT id, errors, seen_at, was_seen, created_at, updated_at, csrf_token FROM "selfservice_errors";
