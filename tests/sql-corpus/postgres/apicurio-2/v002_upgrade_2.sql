-- revision: v002
-- down_revision: v001
-- message: Apicurio/apicurio-registry upgrade_2

-- migrate:up
UPDATE apicurio SET prop_value = 2 WHERE prop_name = 'db_version';
CREATE TABLE acls (tenantId VARCHAR(128) NOT NULL, principalId VARCHAR(256) NOT NULL, role VARCHAR(32) NOT NULL);
ALTER TABLE acls ADD PRIMARY KEY (tenantId, principalId);

-- migrate:down irreversible
