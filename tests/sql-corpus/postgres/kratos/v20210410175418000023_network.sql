-- revision: v20210410175418000023
-- down_revision: v20210410175418000022
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "continuity_containers" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
DROP INDEX "identity_credentials_nid_idx";
