-- revision: v014
-- down_revision: v013
-- message: Apicurio/apicurio-registry upgrade_14

-- migrate:up
UPDATE apicurio SET prop_value = 14 WHERE prop_name = 'db_version';

-- migrate:down irreversible
