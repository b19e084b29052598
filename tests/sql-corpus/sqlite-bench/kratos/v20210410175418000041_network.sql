-- revision: v20210410175418000041
-- down_revision: v20210410175418000040
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_continuity_containers_tmp" (id, identity_id, name, payload, expires_at, created_at, updated_at, nid) SELECT id, identity_id, name, payload, expires_at, created_at, updated_at, nid FROM "continuity_containers";

-- migrate:down

DROP TABLE "selfservice_registration_flows";
