-- revision: v20210410175418000016
-- down_revision: v20210410175418000015
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_selfservice_registration_flows_tmp" RENAME TO "selfservice_registration_flows";

-- migrate:down
INSERT INTO "_identity_credentials_tmp" (id, config, identity_credential_type_id, identity_id, created_at, updated_at) SELECT id, config, identity_credential_type_id, identity_id, created_at, updated_at FROM "identity_credentials";
