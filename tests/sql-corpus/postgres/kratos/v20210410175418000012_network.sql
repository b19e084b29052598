-- revision: v20210410175418000012
-- down_revision: v20210410175418000011
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_settings_flows SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
ALTER TABLE "continuity_containers" DROP COLUMN "nid";
