-- revision: v01_16
-- down_revision: v01_15
-- message: kestra-io/kestra log_timestamp_index

-- migrate:up
CREATE INDEX IF NOT EXISTS logs_timestamp ON logs ("timestamp");

-- migrate:down irreversible
