-- revision: v001015
-- down_revision: v001014
-- message: temporalio/temporal add_current_executions_data

-- migrate:up
ALTER TABLE current_executions
  ADD COLUMN data MEDIUMBLOB NULL,
  ADD COLUMN data_encoding VARCHAR(16) NULL;

-- migrate:down irreversible
