-- revision: v20210410175418000008
-- down_revision: v20210410175418000007
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
ALTER TABLE "identity_credentials" DROP COLUMN "nid";
