-- revision: v20240817152408
-- down_revision: v20240614084455
-- message: rust-lang/crates.io add_yank_message

-- migrate:up
ALTER TABLE versions ADD COLUMN yank_message TEXT;

COMMENT ON COLUMN versions.yank_message IS 'message associated with a yanked version';

-- migrate:down
ALTER TABLE versions DROP yank_message;
