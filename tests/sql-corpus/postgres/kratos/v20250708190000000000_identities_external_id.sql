-- revision: v20250708190000000000
-- down_revision: v20250505150900000000
-- message: ory/kratos identities_external_id
-- transactional: false

-- migrate:up
ALTER TABLE identities ADD COLUMN external_id VARCHAR(64) NULL CHECK (external_id IS NULL OR external_id != '');

-- migrate:down
ALTER TABLE identities DROP COLUMN external_id;
