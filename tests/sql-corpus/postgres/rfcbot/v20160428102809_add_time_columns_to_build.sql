-- revision: v20160428102809
-- down_revision: v20160424231342
-- message: rust-lang/rfcbot-rs add_time_columns_to_build

-- migrate:up
ALTER TABLE build ADD COLUMN start_time timestamp;
ALTER TABLE build ADD COLUMN end_time timestamp;

-- migrate:down
ALTER TABLE build DROP COLUMN IF EXISTS start_time;
ALTER TABLE build DROP COLUMN IF EXISTS end_time;
