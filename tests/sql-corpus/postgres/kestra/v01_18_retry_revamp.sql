-- revision: v01_18
-- down_revision: v01_17
-- message: kestra-io/kestra retry_revamp

-- migrate:up
ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'RETRYING';

-- migrate:down irreversible
