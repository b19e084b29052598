-- revision: v106
-- down_revision: v105
-- message: Apicurio/apicurio-registry upgrade_106

-- migrate:up
UPDATE apicurio SET propValue = 106 WHERE propName = 'db_version';
CREATE TABLE contract_audit_log (auditId BIGSERIAL NOT NULL, groupId VARCHAR(512), artifactId VARCHAR(512) NOT NULL, version VARCHAR(256), action VARCHAR(64) NOT NULL, principal VARCHAR(256), details TEXT, createdOn TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);
ALTER TABLE contract_audit_log ADD PRIMARY KEY (auditId);
CREATE INDEX IDX_contract_audit_1 ON contract_audit_log(groupId, artifactId);
CREATE INDEX IDX_contract_audit_2 ON contract_audit_log(createdOn);

-- migrate:down irreversible
