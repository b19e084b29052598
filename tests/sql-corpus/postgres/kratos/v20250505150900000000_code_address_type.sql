-- revision: v20250505150900000000
-- down_revision: v20241203105600000000
-- message: ory/kratos code_address_type
-- transactional: false

-- migrate:up
ALTER TABLE identity_login_codes ALTER COLUMN address_type TYPE VARCHAR(36);
ALTER TABLE identity_registration_codes ALTER COLUMN address_type TYPE VARCHAR(36);

-- migrate:down
ALTER TABLE identity_login_codes ALTER COLUMN address_type TYPE CHAR(36);
ALTER TABLE identity_registration_codes ALTER COLUMN address_type TYPE CHAR(36);
