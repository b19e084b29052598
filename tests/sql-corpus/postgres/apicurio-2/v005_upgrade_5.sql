-- revision: v005
-- down_revision: v004
-- message: Apicurio/apicurio-registry upgrade_5

-- migrate:up
UPDATE apicurio SET prop_value = 5 WHERE prop_name = 'db_version';

-- migrate:down irreversible
