-- revision: v20210410175418000074
-- down_revision: v20210410175418000073
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_credential_identifiers" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
