-- revision: v20210410175418000027
-- down_revision: v20210410175418000026
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_errors" ADD COLUMN "nid" char(36);

-- migrate:down

DROP TABLE "courier_messages";
