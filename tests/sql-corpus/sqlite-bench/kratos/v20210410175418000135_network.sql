-- revision: v20210410175418000135
-- down_revision: v20210410175418000134
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_verifiable_addresses" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
