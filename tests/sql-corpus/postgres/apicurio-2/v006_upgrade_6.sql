-- revision: v006
-- down_revision: v005
-- message: Apicurio/apicurio-registry upgrade_6

-- migrate:up
UPDATE apicurio SET prop_value = 6 WHERE prop_name = 'db_version';

-- migrate:down irreversible
