-- revision: v107
-- down_revision: v106
-- message: Apicurio/apicurio-registry upgrade_107

-- migrate:up
UPDATE apicurio SET propValue = 107 WHERE propName = 'db_version';

-- migrate:down irreversible
