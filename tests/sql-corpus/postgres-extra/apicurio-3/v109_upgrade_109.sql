-- revision: v109
-- down_revision: v108
-- message: Apicurio/apicurio-registry upgrade_109

-- migrate:up
ALTER TABLE versions ADD COLUMN versionSortKey VARCHAR(512);
UPDATE apicurio SET propValue = 109 WHERE propName = 'db_version';
-- UPGRADER:io.apicurio.registry.storage.impl.sql.upgrader.VersionSortKeyUpgrader; (a Java upgrader that rewrites rows)

-- migrate:down irreversible
