-- revision: v20210410175418000047
-- down_revision: v20210410175418000046
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ADD COLUMN "nid" UUID;

-- migrate:down
-- empty down in the source history
