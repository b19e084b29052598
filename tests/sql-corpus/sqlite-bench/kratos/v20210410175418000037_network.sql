-- revision: v20210410175418000037
-- down_revision: v20210410175418000036
-- message: ory/kratos network

-- migrate:up
ALTER TABLE continuity_containers DROP COLUMN nid;

-- migrate:down

DROP TABLE "selfservice_settings_flows";
