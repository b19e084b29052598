-- revision: v20210410175418000038
-- down_revision: v20210410175418000037
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_credentials" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
ALTER TABLE "continuity_containers" DROP CONSTRAINT "continuity_containers_nid_fk_idx";
