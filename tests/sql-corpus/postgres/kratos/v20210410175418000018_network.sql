-- revision: v20210410175418000018
-- down_revision: v20210410175418000017
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_errors" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
DROP INDEX "identity_verifiable_addresses_status_via_idx";
