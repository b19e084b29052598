-- revision: v20210410175418000126
-- down_revision: v20210410175418000125
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
