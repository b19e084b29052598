-- revision: v001002
-- down_revision: v001001
-- message: temporalio/temporal queue

-- migrate:up
ALTER TABLE queue ADD message_encoding VARCHAR(16) NOT NULL DEFAULT 'Json';
ALTER TABLE queue_metadata ADD data_encoding VARCHAR(16) NOT NULL DEFAULT 'Json';

-- migrate:down irreversible
