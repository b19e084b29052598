-- revision: v20160420095519
-- down_revision: v20160419204532
-- message: rust-lang/rfcbot-rs add_label_column_to_issue

-- migrate:up
ALTER TABLE issue ADD COLUMN labels text[] NOT NULL

-- migrate:down
ALTER TABLE issue DROP COLUMN labels
