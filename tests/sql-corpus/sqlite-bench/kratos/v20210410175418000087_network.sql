-- revision: v20210410175418000087
-- down_revision: v20210410175418000086
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
