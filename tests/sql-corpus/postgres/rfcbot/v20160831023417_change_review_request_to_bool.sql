-- revision: v20160831023417
-- down_revision: v20160831021835
-- message: rust-lang/rfcbot-rs change_review_request_to_bool

-- migrate:up
ALTER TABLE fcp_review_request DROP COLUMN fk_reviewed_comment;
ALTER TABLE fcp_review_request ADD COLUMN reviewed BOOLEAN NOT NULL;

-- migrate:down
ALTER TABLE fcp_review_request DROP COLUMN reviewed;
ALTER TABLE fcp_review_request ADD COLUMN fk_reviewed_comment INTEGER REFERENCES issuecomment (id);
