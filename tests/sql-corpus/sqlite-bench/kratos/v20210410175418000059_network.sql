-- revision: v20210410175418000059
-- down_revision: v20210410175418000058
-- message: ory/kratos network

-- migrate:up
UPDATE identities SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
DROP INDEX IF EXISTS "continuity_containers_nid_idx";
