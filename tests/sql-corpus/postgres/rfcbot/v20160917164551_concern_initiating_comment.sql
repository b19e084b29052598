-- revision: v20160917164551
-- down_revision: v20160903192436
-- message: rust-lang/rfcbot-rs concern_initiating_comment

-- migrate:up
ALTER TABLE fcp_concern ADD COLUMN fk_initiating_comment INTEGER
  NOT NULL REFERENCES issuecomment (id) DEFAULT 24899824;

ALTER TABLE fcp_concern ALTER COLUMN fk_initiating_comment DROP DEFAULT;

-- migrate:down
ALTER TABLE fcp_concern DROP COLUMN fk_initiating_comment;
