-- revision: v20210410175418000004
-- down_revision: v20210410175418000003
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "selfservice_login_flows_nid_idx" ON "selfservice_login_flows" (id, nid);

-- migrate:down
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_idx" ON "identity_credential_identifiers" (identifier);
