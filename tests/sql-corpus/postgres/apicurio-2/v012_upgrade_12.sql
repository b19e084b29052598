-- revision: v012
-- down_revision: v011
-- message: Apicurio/apicurio-registry upgrade_12

-- migrate:up
UPDATE apicurio SET prop_value = 12 WHERE prop_name = 'db_version';
-- UPGRADER:io.apicurio.registry.storage.impl.sql.upgrader.SqlReferencesContentHashUpgrader; (a Java upgrader that rewrites rows)

-- migrate:down irreversible
