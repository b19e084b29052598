-- revision: v20210410175418000043
-- down_revision: v20210410175418000042
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_credential_identifiers" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
