-- revision: v20210410175418000045
-- down_revision: v20210410175418000044
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "courier_messages" ADD COLUMN "nid" char(36);

-- migrate:down

DROP TABLE "selfservice_login_flows";
