-- revision: v20210410175418000066
-- down_revision: v20210410175418000065
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "nid" UUID;

-- migrate:down
-- empty down in the source history
