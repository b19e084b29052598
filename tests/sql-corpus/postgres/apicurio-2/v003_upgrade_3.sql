-- revision: v003
-- down_revision: v002
-- message: Apicurio/apicurio-registry upgrade_3

-- migrate:up
UPDATE apicurio SET prop_value = 3 WHERE prop_name = 'db_version';
CREATE TABLE sequences (tenantId VARCHAR(128) NOT NULL, name VARCHAR(32) NOT NULL, value BIGINT NOT NULL);
ALTER TABLE sequences ADD PRIMARY KEY (tenantId, name);
DROP SEQUENCE contentidsequence;
DROP SEQUENCE globalidsequence;
CREATE TABLE contentV3 (tenantId VARCHAR(128) NOT NULL, contentId BIGINT NOT NULL, canonicalHash VARCHAR(64) NOT NULL, contentHash VARCHAR(64) NOT NULL, content BYTEA NOT NULL);
ALTER TABLE contentV3 ADD PRIMARY KEY (tenantId, contentId);
ALTER TABLE contentV3 ADD CONSTRAINT UNQ_contentV3_1 UNIQUE (tenantId, contentHash);
INSERT INTO contentV3 (tenantId, contentId, canonicalHash, contentHash, content) SELECT DISTINCT(v.tenantId), v.contentId, c.canonicalHash, c.contentHash, c.content FROM versions v , content c WHERE v.contentId = c.contentId;
INSERT INTO sequences (tenantId, name, value) SELECT v.tenantId, 'contentId', MAX(v.contentId) FROM versions v GROUP BY v.tenantId;
INSERT INTO sequences (tenantId, name, value) SELECT v.tenantId, 'globalId', MAX(v.globalId) FROM versions v GROUP BY v.tenantId;
ALTER TABLE versions DROP CONSTRAINT FK_versions_2;
DROP TABLE content CASCADE;
ALTER TABLE contentV3 RENAME CONSTRAINT contentv3_pkey TO content_pkey;
ALTER TABLE contentV3 RENAME CONSTRAINT unq_contentv3_1 TO UNQ_content_1;
ALTER TABLE contentV3 RENAME TO content;
CREATE INDEX IDX_content_1 ON content USING HASH (canonicalHash);
CREATE INDEX IDX_content_2 ON content USING HASH (contentHash);
ALTER TABLE versions ADD CONSTRAINT FK_versions_2 FOREIGN KEY (tenantId, contentId) REFERENCES content(tenantId, contentId);
ALTER TABLE properties DROP CONSTRAINT FK_props_1;
ALTER TABLE labels DROP CONSTRAINT FK_labels_1;
ALTER TABLE versions DROP CONSTRAINT versions_pkey;
ALTER TABLE properties ADD COLUMN tenantId VARCHAR(128) NOT NULL DEFAULT '-';
ALTER TABLE labels ADD COLUMN tenantId VARCHAR(128) NOT NULL DEFAULT '-';
UPDATE properties SET tenantId = ( SELECT v.tenantId FROM versions v WHERE v.globalId = properties.globalId );
UPDATE labels SET tenantId = ( SELECT v.tenantId FROM versions v WHERE v.globalId = labels.globalId );
ALTER TABLE versions ADD PRIMARY KEY (tenantId, globalId);
ALTER TABLE properties ADD CONSTRAINT FK_props_1 FOREIGN KEY (tenantId, globalId) REFERENCES versions(tenantId, globalId);
ALTER TABLE labels ADD CONSTRAINT FK_labels_1 FOREIGN KEY (tenantId, globalId) REFERENCES versions(tenantId, globalId);
ALTER TABLE properties ALTER COLUMN tenantId DROP DEFAULT;
ALTER TABLE labels ALTER COLUMN tenantId DROP DEFAULT;

-- migrate:down irreversible
