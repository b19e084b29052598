-- revision: v108
-- down_revision: v107
-- message: Apicurio/apicurio-registry upgrade_108

-- migrate:up
UPDATE apicurio SET propValue = 108 WHERE propName = 'db_version';
-- UPGRADER:io.apicurio.registry.storage.impl.sql.upgrader.AvroCanonicalHashUpgrader; (a Java upgrader that rewrites rows)

-- migrate:down irreversible
