-- revision: v20210410175418000032
-- down_revision: v20210410175418000031
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_selfservice_errors_tmp" (id, errors, seen_at, was_seen, created_at, updated_at, csrf_token, nid) SELECT id, errors, seen_at, was_seen, created_at, updated_at, csrf_token, nid FROM "selfservice_errors";

-- migrate:down
ALTER TABLE "_continuity_containers_tmp" RENAME TO "continuity_containers";
