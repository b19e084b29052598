-- revision: v20160831021835
-- down_revision: v20160817191919
-- message: rust-lang/rfcbot-rs add_bot_tracking_comment

-- migrate:up
ALTER TABLE fcp_proposal ADD COLUMN fk_bot_tracking_comment INTEGER NOT NULL REFERENCES issuecomment (id) DEFAULT 242634369;

-- migrate:down
ALTER TABLE fcp_proposal DROP COLUMN fk_bot_tracking_comment;
