-- revision: v015
-- down_revision: v014
-- message: Apicurio/apicurio-registry upgrade_15

-- migrate:up
UPDATE apicurio SET prop_value = 15 WHERE prop_name = 'db_version';
-- UPGRADER:io.apicurio.registry.storage.impl.sql.upgrader.SqlReferencesCanonicalHashUpgrader; (a Java upgrader that rewrites rows)

-- migrate:down irreversible
