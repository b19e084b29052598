-- revision: v010
-- down_revision: v009
-- message: Apicurio/apicurio-registry upgrade_10

-- migrate:up
UPDATE apicurio SET prop_value = 10 WHERE prop_name = 'db_version';
UPDATE artifactreferences SET groupId = '__$GROUPID$__' WHERE groupId IS NULL;
ALTER TABLE artifactreferences DROP CONSTRAINT FK_artifactreferences_1;
ALTER TABLE artifactreferences ADD CONSTRAINT FK_artifactreferences_1 FOREIGN KEY (tenantId, contentId) REFERENCES content(tenantId, contentId) ON DELETE CASCADE;

-- migrate:down irreversible
