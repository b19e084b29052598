-- revision: v20210410175418000034
-- down_revision: v20210410175418000033
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_selfservice_errors_tmp" RENAME TO "selfservice_errors";

-- migrate:down
INSERT INTO "_continuity_containers_tmp" (id, identity_id, name, payload, expires_at, created_at, updated_at) SELECT id, identity_id, name, payload, expires_at, created_at, updated_at FROM "continuity_containers";
