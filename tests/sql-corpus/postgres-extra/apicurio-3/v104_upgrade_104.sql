-- revision: v104
-- down_revision: v103
-- message: Apicurio/apicurio-registry upgrade_104

-- migrate:up
UPDATE apicurio SET propValue = 104 WHERE propName = 'db_version';
-- UPGRADER:io.apicurio.registry.storage.impl.sql.upgrader.AvroCanonicalHashUpgrader; (a Java upgrader that rewrites rows)

-- migrate:down irreversible
