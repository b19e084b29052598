-- revision: v20250710085000000000
-- down_revision: v20250708190000000001
-- message: ory/kratos add_schema_id

-- migrate:up
ALTER TABLE selfservice_login_flows ADD COLUMN identity_schema_id VARCHAR(128) NULL;
ALTER TABLE selfservice_registration_flows ADD COLUMN identity_schema_id VARCHAR(128) NULL;

-- migrate:down
ALTER TABLE selfservice_login_flows DROP COLUMN identity_schema_id;
ALTER TABLE selfservice_registration_flows DROP COLUMN identity_schema_id;
