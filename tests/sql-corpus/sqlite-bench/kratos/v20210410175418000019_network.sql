-- revision: v20210410175418000019
-- down_revision: v20210410175418000018
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_settings_flows DROP COLUMN nid;

-- migrate:down

DROP TABLE "identities";
