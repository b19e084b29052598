-- revision: v011
-- down_revision: v010
-- message: Apicurio/apicurio-registry upgrade_11

-- migrate:up
UPDATE apicurio SET prop_value = 11 WHERE prop_name = 'db_version';
ALTER TABLE artifactreferences DROP CONSTRAINT FK_artifactreferences_2;

-- migrate:down irreversible
