-- revision: v01_19
-- down_revision: v01_18
-- message: kestra-io/kestra retry_flow

-- migrate:up
ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'RETRIED';

-- migrate:down irreversible
