-- revision: v20230706000000000001
-- down_revision: v20230705000000000001
-- message: ory/kratos available_aal

-- migrate:up
ALTER TABLE identities ADD COLUMN available_aal VARCHAR(4) NULL;

-- migrate:down
ALTER TABLE identities DROP COLUMN available_aal;
