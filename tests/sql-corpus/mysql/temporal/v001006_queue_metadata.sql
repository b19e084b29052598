-- revision: v001006
-- down_revision: v001005
-- message: temporalio/temporal queue_metadata

-- migrate:up
ALTER TABLE queue_metadata ADD version BIGINT NOT NULL DEFAULT 0;

-- migrate:down irreversible
