-- revision: v20210410175418000074
-- down_revision: v20210410175418000073
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_verifiable_addresses" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
