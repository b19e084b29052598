-- revision: v102
-- down_revision: v101
-- message: Apicurio/apicurio-registry upgrade_102

-- migrate:up
UPDATE apicurio SET propValue = 102 WHERE propName = 'db_version';
CREATE INDEX IDX_versions_8 ON versions(modifiedOn);

-- migrate:down irreversible
