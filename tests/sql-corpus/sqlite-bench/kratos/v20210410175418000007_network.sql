-- revision: v20210410175418000007
-- down_revision: v20210410175418000006
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_selfservice_login_flows_tmp" RENAME TO "selfservice_login_flows";

-- migrate:down
INSERT INTO "_identity_credential_identifiers_tmp" (id, identifier, identity_credential_id, created_at, updated_at) SELECT id, identifier, identity_credential_id, created_at, updated_at FROM "identity_credential_identifiers";
