-- revision: v009
-- down_revision: v008
-- message: Apicurio/apicurio-registry upgrade_9

-- migrate:up
UPDATE apicurio SET prop_value = 9 WHERE prop_name = 'db_version';
ALTER TABLE rules DROP CONSTRAINT FK_rules_1;

-- migrate:down irreversible
