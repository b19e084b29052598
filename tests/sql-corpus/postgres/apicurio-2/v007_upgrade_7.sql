-- revision: v007
-- down_revision: v006
-- message: Apicurio/apicurio-registry upgrade_7

-- migrate:up
UPDATE apicurio SET prop_value = 7 WHERE prop_name = 'db_version';
CREATE TABLE config (tenantId VARCHAR(128) NOT NULL, pname VARCHAR(255) NOT NULL, pvalue VARCHAR(1024) NOT NULL, modifiedOn BIGINT NOT NULL);
ALTER TABLE config ADD PRIMARY KEY (tenantId, pname);
CREATE INDEX IDX_config_1 ON config(modifiedOn);

-- migrate:down irreversible
