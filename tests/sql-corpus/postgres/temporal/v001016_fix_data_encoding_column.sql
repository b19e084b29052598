-- revision: v001016
-- down_revision: v001015
-- message: temporalio/temporal fix_data_encoding_column

-- migrate:up
ALTER TABLE current_executions DROP COLUMN data_encoding;
ALTER TABLE current_executions ADD COLUMN data_encoding VARCHAR(16) NOT NULL DEFAULT '';

-- migrate:down irreversible
