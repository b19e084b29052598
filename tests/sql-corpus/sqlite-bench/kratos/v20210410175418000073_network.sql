-- revision: v20210410175418000073
-- down_revision: v20210410175418000072
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_credentials_nid_idx" ON "identity_credentials" (id, nid);

-- migrate:down
-- empty down in the source history
