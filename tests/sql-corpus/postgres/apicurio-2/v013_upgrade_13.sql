-- revision: v013
-- down_revision: v012
-- message: Apicurio/apicurio-registry upgrade_13

-- migrate:up
UPDATE apicurio SET prop_value = 13 WHERE prop_name = 'db_version';
CREATE TABLE comments (tenantId VARCHAR(128) NOT NULL, commentId VARCHAR(128) NOT NULL, globalId BIGINT NOT NULL, createdBy VARCHAR(256), createdOn TIMESTAMP WITHOUT TIME ZONE NOT NULL, cvalue VARCHAR(1024) NOT NULL);
ALTER TABLE comments ADD PRIMARY KEY (tenantId, commentId);
ALTER TABLE comments ADD CONSTRAINT FK_comments_1 FOREIGN KEY (tenantId, globalId) REFERENCES versions(tenantId, globalId);
CREATE INDEX IDX_comments_1 ON comments(createdBy);

-- migrate:down irreversible
