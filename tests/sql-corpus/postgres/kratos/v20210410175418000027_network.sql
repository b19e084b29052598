-- revision: v20210410175418000027
-- down_revision: v20210410175418000026
-- message: ory/kratos network

-- migrate:up
UPDATE courier_messages SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
DROP INDEX "continuity_containers_nid_idx";
