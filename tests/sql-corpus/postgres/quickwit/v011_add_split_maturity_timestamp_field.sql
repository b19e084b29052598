-- revision: v011
-- down_revision: v010
-- message: quickwit-oss/quickwit add_split_maturity_timestamp_field

-- migrate:up
ALTER TABLE splits
    ADD COLUMN maturity_timestamp TIMESTAMP DEFAULT TO_TIMESTAMP(0);

-- migrate:down
ALTER TABLE splits
  DROP COLUMN maturity_timestamp;
