-- revision: v20210410175418000030
-- down_revision: v20210410175418000029
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identities" ADD COLUMN "nid" UUID;

-- migrate:down
DROP INDEX "selfservice_login_flows_nid_idx";
